import CommandParser
import StoryModel

/// The thirteenth blind play-test's engine replies (issue #11): gestures (`nod`, `shrug`, `smile
/// at ferris`), the same reply printed once when two parts of a line get it, and what the game
/// knows of a thing given away or a person who has left ("You don't have the chocolate any
/// more.", "Titov was here, but has gone to the Castle Tower.").
extension Engine {
    /// `nod`, `shrug`, `grin`, `wink`, `smile`, alone or at a person. The story's action for the
    /// gesture alone (`on smile`) answers it at a person too.
    func performGesture(to person: ThingIndex?, words: [String], state: inout GameState, turn: inout Turn) {
        let gestures: Set<String> = ["nod", "shrug", "grin", "wink", "smile", "clap", "applaud"]
        let gesture: String = words.first.flatMap { gestures.contains($0) ? $0 : nil } ?? "nod"
        if person != nil, case .commands(let commands) = parser.parse([gesture], scope: StateScope(story: story, state: state)),
           commands.first?.isAuthorAction == true {
            var memo: SearchMemo? = nil
            _ = perform(words: [gesture], on: &state, turn: &turn, memo: &memo)
            return
        }
        guard let person else {
            let alone = ["nod": "You nod.", "shrug": "You shrug.", "grin": "You grin.", "wink": "You wink.", "smile": "You smile.",
                         "clap": "You clap.", "applaud": "You applaud."]
            say(alone[gesture] ?? "You nod.", &turn)
            return
        }
        let name = story.name(of: person, .definite)
        let text: String
        switch gesture {
        case "nod": text = "You nod to \(name)."
        case "shrug": text = "You shrug at \(name)."
        case "clap", "applaud": text = "You applaud \(name)."
        case "smile", "grin":
            let he = story.isPluralName(person) ? nil : parser.pronoun(of: person).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            text = "You \(gesture) at \(name). \(he ?? story.capitalizedName(of: person, .definite)) \(he == nil ? story.agree(person, "smiles") : "smiles") back."
        default: text = "You \(gesture) at \(name)."
        }
        say(text, &turn)
    }

    /// Removes the outputs from `start` on when they repeat the previous command's reply word for
    /// word (`ask him about the bridge, and the river` where both reach one topic).
    func dropRepeatedReply(_ turn: inout Turn, from start: Int, previous: inout Range<Int>?, typedTwice: Bool) {
        let current = start..<turn.outputs.count
        defer { previous = current.isEmpty ? previous : current }
        // `help. help` or `z. z`: the player asked twice and gets both replies.
        guard !typedTwice, let previous, !current.isEmpty, previous.count == current.count,
              Array(turn.outputs[previous]) == Array(turn.outputs[current]),
              turn.outputs[current].allSatisfy({ if case .paragraph = $0 { true } else { false } }) else { return }
        turn.outputs.removeSubrange(current)
    }

    /// "You don't have the chocolate any more." for `give chocolate to gordeyev` after the bar
    /// was given away (it started with the player, or is with a person now); nil otherwise.
    func noLongerHeld(_ words: [String], failure: ParseFailure, state: GameState) -> String? {
        guard failure == .notVisible, let verb = words.first,
              ["give", "show", "offer", "hand", "eat", "drink", "use", "wear", "drop"].contains(verb) else { return nil }
        let named = words.dropFirst().prefix { !["to", "at", "on", "with", "for"].contains($0) }
            .filter { !Vocabulary.articles.contains($0) }
        guard !named.isEmpty else { return nil }
        let things = named.dropFirst().reduce(Set(parser.vocabulary.thingsByWord[named[0]] ?? [])) {
            $0.intersection(parser.vocabulary.thingsByWord[$1] ?? [])
        }.filter { !story.things[$0].isPerson && story.things[$0].isPortable }
        let gone = things.filter { thing in
            guard !state.locations[thing].isWithPlayer else { return false }
            switch story.things[thing].initialPlace {
            case .carried, .worn: return true
            default:
                if case .within(let holder) = state.locations[thing], story.things[holder].isPerson { return true }
                return false
            }
        }
        guard gone.count == things.count, let thing = gone.min() else { return nil }
        return "You don't have \(story.name(of: thing, .definite)) any more."
    }

    /// "Titov was here, but has gone." for a person the player saw in this scene and who has left
    /// it, with the way they went when an exit from here leads there ("…has gone up, to the castle
    /// tower."), else the place when the player has been there; nil otherwise.
    func goneFromHere(_ person: ThingIndex, state: GameState) -> String? {
        guard state.lastSeen(person) == state.scene else { return nil }
        var text = "\(story.capitalizedName(of: person, .definite)) \(story.agree(person, "was")) here, but \(story.agree(person, "has")) gone"
        guard case .scene(let now) = state.locations[person], now != state.scene else { return text + "." }
        if let exit = story.scenes[state.scene].exits.first(where: { $0.target == now }), case .direction = exit.way {
            // The way the player saw them go: "…has gone up, to the castle tower."
            text += " \(exit.label)" + (exit.summary.map { ", " + ($0.hasPrefix("to ") ? $0 : "to " + $0) } ?? "")
        } else if state.visited.contains(now) {
            let title = story.scenes[now].title
            text += " to " + (title.hasPrefix("The ") ? "the " + title.dropFirst(4) : title)
        }
        return text + "."
    }
}
