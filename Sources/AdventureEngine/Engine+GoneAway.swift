import CommandParser
import StoryModel

/// What the game knows of a thing given away or a person who has left ("You don't have the
/// chocolate any more.", "Titov was here, but has gone to the Castle Tower.").
extension Engine {
    /// "You don't have the chocolate any more." for `give chocolate to gordeyev` after the bar
    /// was given away (it started with the player, or is with a person now); nil otherwise.
    func noLongerHeld(_ words: [String], failure: ParseFailure, state: GameState) -> String? {
        guard failure == .notVisible, let verb = words.first,
              ["give", "show", "offer", "hand", "eat", "drink", "use", "wear", "drop"].contains(verb) else { return nil }
        var named = words.dropFirst().prefix { !["to", "at", "on", "with", "for"].contains($0) }
            .filter { !Vocabulary.articles.contains($0) }[...]
        // `give girl chocolate`: the person first, then the thing (the sixty-sixth blind run had
        // "You can't see any chocolate here." after the bar had gone to Lotte).
        while named.count > 1, let first = named.first,
              (parser.vocabulary.thingsByWord[first] ?? []).contains(where: { story.things[$0].isPerson }) || ["him", "her", "them"].contains(first) {
            named = named.dropFirst()
        }
        guard let head = named.first else { return nil }
        let things = named.dropFirst().reduce(Set(parser.vocabulary.thingsByWord[head] ?? [])) {
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
        return "You don't have \(story.name(of: thing, .definite, in: state)) any more."
    }

    /// "Titov was here, but has gone." for a person the player saw in this scene and who has left
    /// it, with the way they went when an exit from here leads there ("…has gone up, to the castle
    /// tower."), else the place when the player has been there; nil otherwise.
    func goneFromHere(_ person: ThingIndex, state: GameState) -> String? {
        guard state.lastSeen(person) == state.scene else { return nil }
        var text = "\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "was")) here, but \(story.agree(person, "has")) gone"
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
