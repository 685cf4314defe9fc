import StoryModel

/// `climb on the girders to meet them`, `cross the river to find the russians`, `go east to look
/// for them`: a command followed by what the player means to do it for (a blind student, session
/// 36: "I understood 'climb' but not the rest"). When the whole line fails and the words before
/// the purpose's `to` are a command, that command is done; the purpose says why, not what.
extension CommandParser {
    /// Words that open a purpose after a command: `to meet them`, `in order to see`, `so i can`.
    private static let purposeOpenings: [[String]] = [["in", "order", "to"], ["so", "that"], ["so", "i", "can"], ["so", "we", "can"], ["to"]]

    func withoutPurpose(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4 else { return nil }
        for index in stride(from: words.count - 2, through: 2, by: -1) {
            guard let opening = Self.purposeOpenings.first(where: { words[index...].starts(with: $0) }),
                  index + opening.count < words.count else { continue }
            // A purpose starts with a verb (`to meet`, `to look`): `give the flare to kotzebue` is
            // no purpose, and reads as it is.
            let verb = words[index + opening.count]
            guard Grammar.startsLines(verb) || vocabulary.actionsByVerb[verb] != nil || Self.purposeVerbs.contains(verb) else { continue }
            if let read = commandsOnly(parse(Array(words[..<index]), scope: scope)) { return read }
        }
        return nil
    }

    /// Verbs of a purpose the grammar has no line for.
    private static let purposeVerbs: WordSet = ["meet", "see", "find", "get", "reach", "help", "save", "join", "greet", "check",
                                                "make", "say", "tell", "warn", "catch", "stop", "be"]
}
