import StoryModel

/// An interjection before `yes` or `no` (`oh no`, `ah no`, `wow no`, `hmm no`, `oh yes`), and `ok`
/// or `oh ok`, is a
/// reaction, not the answer to a question (the twenty-second blind run: `oh no` at the meadow of
/// the dead got "You shake your head, though nobody has asked you anything"). Only when the
/// story's own `on no` (or `on yes`) reads the answer, because a person has just asked, is it the
/// answer; a proposal the engine remembers ("Will you promise?") is answered by the engine
/// (`Engine+Proposals.swift`).
extension CommandParser {
    static let answerInterjections: WordSet = ["oh", "ah", "ahh", "ohh", "wow", "hmm", "hmmm", "uh", "um", "er", "omg",
                                                   "whoa", "woah", "aw", "aww", "gosh", "jeez", "geez", "well"]

    /// The answer word (`yes`, `no`) of an interjected answer, or nil.
    public static func interjectedAnswer(_ words: [String]) -> String? {
        // `ok` alone, `oh ok`: agreement, the answer yes only to a question (the twenty-sixth blind run).
        if words.count == 1 { return agreementWords.contains(words[0]) ? "yes" : nil }
        guard words.count == 2, answerInterjections.contains(words[0]) else { return nil }
        switch words[1] {
        case "no", "nope", "nah": return "no"
        case "yes", "yeah", "yep", "yup", "sure", "ok", "okay": return "yes"
        default: return nil
        }
    }

    /// The story's answer, when one of its actions reads it (the engine then checks that one
    /// applies now); else the reaction.
    func interjectedAnswer(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let answer = Self.interjectedAnswer(words) else { return nil }
        if case .commands(let commands) = phrase([answer], scope: scope) ?? parse(words: [answer], freeText: false, scope: scope),
           commands.contains(where: \.isAuthorAction) {
            return .commands(commands)
        }
        return Self.reactionToAnswer(words)
    }

    /// The reaction an interjected answer shows: `oh no` is shock, `hmm no` a thought, `oh yes` agreement.
    public static func reactionToAnswer(_ words: [String]) -> ParseOutcome {
        if ["ok", "okay", "k", "kk"].contains(words[words.count - 1]) { return .failure(.interjection("ok")) }
        if interjectedAnswer(words) == "yes" { return .failure(.interjection("cool")) }
        return .failure(.interjection(reaction(words)?.rawValue ?? words[0]))
    }
}
