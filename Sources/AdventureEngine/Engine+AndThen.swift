import CommandParser
import StoryModel

/// `grab the radio and go inside`, `take the card and read it`: two commands joined by `and`,
/// as Inform reads them. The line is split at an `and` followed by a verb when the words as a
/// whole are no command, or when each half is a command of its own and no story action reads the
/// `and` (so `take card and orders`, and a story's own `on shake hands and smile`, keep their
/// meaning), and only when the word after `and` is no thing's name.
extension Engine {
    /// Splits each command the parser cannot read at an `and` before a verb; true when one was split.
    /// The caller asks first whether any command has an `and` before a verb (`hasAndBeforeVerb`):
    /// nothing to split in nearly every line, and the call copies the state before it begins
    /// (docs/performance.md, "Per command, session 38"); the loop below had also been given a
    /// copy of the commands made unique up front, about 280 instructions a command ("Per
    /// command, seventeenth round").
    func splitAtAndBeforeVerb(_ commands: inout [[String]], state: GameState) -> Bool {
        var split = false
        var index = 0
        while index < commands.count {
            let words = commands[index]
            guard let at = andBeforeVerb(words) else {
                index += 1
                continue
            }
            let scope = StateScope(story: story, state: state)
            if case .commands(let whole) = parser.parse(words, scope: scope), !splitsReadWholeWrongly(whole, words: words, at: at, scope: scope) {
                index += 1
                continue
            }
            commands[index] = Array(words[..<at])
            // `take card and read`: the thing just named, as `read it` (a blind student learning
            // English, session 39, was asked "What do you want to read?").
            let rest = Array(words[(at + 1)...])
            commands.insert(rest.count == 1 && at >= 2 && Self.verbsOfTheThingBefore.contains(rest[0]) ? rest + ["it"] : rest, at: index + 1)
            split = true
            index += 1
        }
        return split
    }

    /// True when a line read whole is better read as two commands: `climb bank and send message`
    /// was read as climbing the bank, `and send message` dropped without a word (a blind student,
    /// session 27). Both halves must be commands of their own, and no story action says `and`
    /// in its words (`on shake hands and smile`).
    private func splitsReadWholeWrongly(_ whole: [Command], words: [String], at: Int, scope: StateScope) -> Bool {
        for case .action(let index, _) in whole where story.actions[index].patterns.contains(where: { $0.elements.contains(.word("and")) }) {
            return false
        }
        guard case .commands(let first) = parser.parse(Array(words[..<at]), scope: scope) else { return false }
        // `in and x map`: the second half is read where the first takes the player, not here (a
        // blind student, session 39, typed `go in and look at map then talk to captain` at the
        // mill, where no map hangs, and the map was passed over without a word).
        if first.allSatisfy(\.isMovement) { return true }
        guard case .commands = parser.parse(Array(words[(at + 1)...]), scope: scope) else { return false }
        return true
    }

    /// Where `and` stands between a command and a verb: not first, not last, the word after it a
    /// verb and no thing's name, or a thing's name with more words after it (`climb bank and
    /// radio hq`, where `radio` is also the radio: a blind student, session 37, saw the radio
    /// part dropped without a word; `take card and radio` keeps the radio a thing).
    /// True when a command has an `and` before a verb. A loop, not `contains(where:)`: the
    /// closure would copy the engine (a retain of each of its parts) for every line.
    func hasAndBeforeVerb(_ commands: [[String]]) -> Bool {
        for words in commands where andBeforeVerb(words) != nil { return true }
        return false
    }

    private func andBeforeVerb(_ words: [String]) -> Int? {
        guard words.count >= 3 else { return nil }
        for at in 1..<(words.count - 1) where words[at] == "and" || isAndTyped(words, at: at) {
            let next = words[at + 1]
            if parser.vocabulary.isVerb(next), parser.vocabulary.thingsByWord[next] == nil || at + 2 < words.count { return at }
        }
        return nil
    }

    /// `grab card n go out`: `n` for `and`, as students type it (a blind student, session 39,
    /// read "I understood 'grab' but not the rest"), between a word that is no way of going and
    /// a verb that is no direction; `go n`, `n e` stay north.
    private func isAndTyped(_ words: [String], at: Int) -> Bool {
        guard words[at] == "n" else { return false }
        let (before, next) = (words[at - 1], words[at + 1])
        return !CommandParser.goingVerbs.contains(before) && Direction(word: before) == nil && Direction(word: next) == nil
    }

    /// Verbs that, alone after `and`, take the thing of the part before.
    static let verbsOfTheThingBefore: Set<String> = ["read", "examine", "x", "wear", "drop", "open", "close", "eat", "drink",
                                                     "light", "use", "search", "check", "inspect", "study"]

    /// True when a way of this scene leads to the scene the player came from.
    func hasWayBack(_ state: GameState) -> Bool {
        guard let previous = state.core.previousScene else { return false }
        return story.scenes[state.scene].exits.contains { $0.target == previous }
    }

    /// `go back`, `back`, `row back`, `return`: going back with nothing said of where.
    /// `ok lets go. out` in the mill office, whose one way out `lets go` had taken: a way to go
    /// (`out`, `go out`) that the part before took from `scene` to here, where no way of that name
    /// leads on, is the same journey told again (session 36's German student had "You can't go out
    /// from here." after arriving). Not when the part before named that way itself: `out. out`
    /// is asked twice, and told that the second cannot be.
    func restatesWayJustGone(_ words: [String], after before: [String], from scene: SceneIndex, state: GameState) -> Bool {
        guard words.count <= 2, let last = words.last, words.count == 1 || words[0] == "go",
              let direction = Direction(word: last), !before.contains(where: { Direction(word: $0) == direction }),
              !story.scenes[state.scene].exits.contains(where: { $0.way == .direction(direction) }) else { return false }
        return story.scenes[scene].exits.contains { $0.way == .direction(direction) && $0.target == state.scene }
    }

    /// True when `word` is a word of one of the story's own actions that `verb` starts:
    /// `moscow` of `tune berlin` … `tune moscow` (session 36's German student typed `tune
    /// washington and then moscow`, and read "I understood 'tune' but not the rest").
    func isWordOfActions(_ word: String, verb: String) -> Bool {
        guard let actions = parser.vocabulary.actionsByVerb[verb] else { return false }
        return actions.contains { story.actions[$0].patterns.contains { $0.elements.dropFirst().contains(.word(word)) } }
    }

    static func isBareGoingBack(_ words: [String]) -> Bool {
        switch words.count {
        case 1: return words[0] == "back" || words[0] == "return"
        case 2: return words[1] == "back" && ["go", "come", "head", "row", "drive", "walk", "get", "paddle", "swim", "run"].contains(words[0])
        default: return false
        }
    }
}

extension Command {
    /// True for going somewhere: a direction or one of the scene's named ways.
    var isMovement: Bool {
        switch self {
        case .direction, .exit: true
        default: false
        }
    }
}
