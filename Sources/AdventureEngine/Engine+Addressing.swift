import CommandParser
import StoryModel

/// Who is addressed and who answers (CommandParser+Addressing.swift): `whos here` names the
/// people here, `hi everyone` greets them all and one answers, and a typo in the verb with one
/// fitting correction is corrected and done, Inform's way ("(help the lady with the cart)").
extension Engine {
    /// `whos here`: "Ortiz and Sergeant Brennan are here."
    func whoIsHere(state: GameState, turn: inout Turn) {
        let scope = StateScope(story: story, state: state)
        let people = scope.visibleThings.filter { story.things[$0].isPerson && !scope.isCarried($0) }
        guard !people.isEmpty else {
            say(Light(story: story, state: state).isDark ? Messages.pitchDark : "There is nobody here but you.", &turn)
            return
        }
        let names = people.map { story.name(of: $0, .indefinite, in: state) }
        let plural = people.count > 1 || story.agree(people[0], "is") == "are"
        let sentence = Story.list(names) + (plural ? " are here." : " is here.")
        say(sentence.prefix(1).uppercased() + sentence.dropFirst(), &turn)
    }

    /// `hi everyone` with several people here: "You greet Ortiz and Sergeant Brennan.", then the
    /// first of them answers as `talk to` would.
    func greetEveryone(_ people: [ThingIndex], state: inout GameState, turn: inout Turn) {
        guard let first = people.first else { return }
        let names = people.dropFirst().map { story.name(of: $0, .definite, in: state) } + [story.name(of: first, .definite, in: state)]
        say("You greet \(Story.list(names)); \(story.name(of: first, .definite, in: state)) \(story.agree(first, "answers")).", &turn)
        talk(to: first, state: &state, turn: &turn)
    }

    /// `hlep the lady with the cart`, `tlak to brennan`, `giv him cigs`: when the first word is
    /// unknown and exactly one verb is a single edit away from it (a letter added, dropped,
    /// changed, or two swapped), and the corrected command is understood, that command; nil
    /// otherwise (two verbs as near, `est` for `east` or `eat`, keep asking "Did you mean …?").
    ///
    /// A noun the same way (`talk to brenan`, `get radoi`, `cross the brige`, `cross the rivr`), when the one word a
    /// single edit away names something in sight or a way out of here, and the corrected command
    /// is understood: a blind student typed `y` to "Did you mean 'brennan'?" at every meeting
    /// (session 27). Names not in sight are not given away.
    func correctedTypo(_ words: [String], failure: ParseFailure, state: GameState) -> (words: [String], outcome: ParseOutcome)? {
        guard case .unknownWord(let word, let suggestions) = failure, word.count >= 3,
              let position = words.firstIndex(of: word),
              position == 0 || word.count >= 4 || Self.goingWords.contains(words[position - 1]) && word.count >= 3,
              word.allSatisfy(\.isLetter) else { return nil }
        // `captian`: two letters swapped is one slip of the fingers, as `tlak` is.
        var near = suggestions.filter { EditDistance.distance(word, $0) == 1 || Self.isSwap(word, $0) }
        // `go nort`, `go eats`, `go wets` (a blind student, session 36: "Did you mean 'north' or
        // 'not'?"): after a verb of going, or alone, the one direction among them is meant.
        let going = (position == 0 && words.count == 1) || (position > 0 && Self.goingWords.contains(words[position - 1]))
        if near.count > 1, going {
            // Full names only: `yse` is no slip of `se` (`yes`, to a question).
            let directions = near.filter { $0.count >= 4 && Direction(word: $0) != nil }
            if directions.count == 1 { near = directions }
        }
        guard near.count == 1 else { return nil }
        let direction = going && near[0].count >= 4 && Direction(word: near[0]) != nil
        // A noun of four letters only for a letter left out or two swapped (`rivr`, a blind
        // student at the Elbe, session 33): one changed (`coat` for `boat`) may be another word.
        if position > 0, word.count == 4, !(near[0].count == 5 || Self.isSwap(word, near[0])) { return nil }
        let scope = StateScope(story: story, state: state)
        // `ask abot reporters`: a word that joins the command (`about`, `with`, `behind`), never a
        // name to give away (a blind student, session 34).
        // A direction after a verb of going is no name given away: "You can't go north" is its answer.
        var inSight = true
        if position > 0, !direction, !Self.joiningWords.contains(near[0]) {
            inSight = scope.visibleThings.contains { parser.vocabulary.words[$0].contains(near[0]) }
                || parser.vocabulary.exitWords[state.scene].contains { $0.contains(near[0]) }
        }
        var corrected = words
        corrected[position] = near[0]
        let outcome = parser.parse(corrected, scope: scope)
        if position > 0 {
            guard case .commands(let commands) = outcome else { return nil }
            // `tune to washinton` beside the wireless: a word of one of the story's own actions
            // that the corrected command does here gives nothing away (a blind student, session 36).
            guard inSight || commands.allSatisfy(\.isAuthorAction) else { return nil }
            return (corrected, outcome)
        }
        switch outcome {
        case .commands: return (corrected, outcome)
        // `folow the horseman` after he rode off: "(follow the horseman)" and why not, rather than
        // "Did you mean 'follow' or 'blow'?" (the sixty-fifth blind run). A command still not read is no correction.
        case .failure(.unknownWord), .failure(.notUnderstood), .failure(.understoodOnly), .failure(.empty), .failure(.question): return nil
        case .failure: return (corrected, outcome)
        default: return nil
        }
    }

    /// Words after which a misspelt word is first read as a direction (`go nort`, `head wets`).
    static let goingWords: Set<String> = ["go", "walk", "run", "head", "drive", "ride", "back", "move", "travel", "continue", "keep"]

    /// Words that join a command's parts, corrected wherever they are typed one slip off.
    static let joiningWords: Set<String> = ["about", "with", "behind", "into", "onto", "under", "through", "across", "towards", "beside"]

    /// True when the words differ only by two neighbouring letters swapped (`captian`, `captain`).
    static func isSwap(_ typed: String, _ meant: String) -> Bool {
        let a = Array(typed), b = Array(meant)
        guard a.count == b.count, a != b, let first = a.indices.first(where: { a[$0] != b[$0] }), first + 1 < a.count else { return false }
        return a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)...] == b[(first + 2)...]
    }
}
