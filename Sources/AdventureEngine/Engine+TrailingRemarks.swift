import CommandParser

/// The parts of a line after the first, when they are not commands (the twentieth and
/// twenty-first blind play-tests, issue #11): no error is printed after a command that worked.
///
/// - `shout don't shoot, we're americans!`: the shout, and the remark after the comma, which
///   reads as no command and starts with no verb, is what was said along with it;
/// - `i'm sorry. were you there?`, `wow, where are you from?`: a reaction before more of the
///   line is how the sentence begins; its reply is left out and the rest is done.
extension Engine {
    /// Subjects that start a remark rather than a command: `we're americans`, `it's us`.
    private static let remarkSubjects: Set<String> = ["we", "were", "we're", "i", "im", "i'm", "you", "youre", "you're", "they",
                                                      "theyre", "they're", "it", "its", "it's", "this", "thats", "that's", "he",
                                                      "hes", "he's", "she", "shes", "she's", "us", "our", "my"]

    /// True (and the failure's outputs removed) when the part just performed, after a part that
    /// worked, reads as no command and starts with no verb: a remark said along with the command.
    func remarkAfterCommand(_ words: [String], turn: inout Turn, from start: Int) -> Bool {
        guard let failure = turn.lastFailure, let first = words.first else { return false }
        switch failure {
        case .notUnderstood, .understoodOnly, .question: break
        case .unknownWord: guard Self.remarkSubjects.contains(first) else { return false }
        default: return false
        }
        guard Self.remarkSubjects.contains(first) || !parser.vocabulary.isVerb(first) else { return false }
        turn.outputs.removeSubrange(start...)
        (turn.unknownWord, turn.suggestion, turn.suggestions) = (nil, nil, [])
        return true
    }

    /// True (and its reply removed) when the part just performed was only a reaction (`sad`,
    /// `wow`) and more of the line follows.
    func reactionBeforeMore(_ turn: inout Turn, from start: Int) -> Bool {
        guard case .interjection? = turn.lastFailure else { return false }
        turn.outputs.removeSubrange(start...)
        turn.lastFailure = nil
        return true
    }
}
