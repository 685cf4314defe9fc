import StoryModel

/// Two openings of a line that say how it is said, not what (the twenty-second blind run):
///
/// - a laugh at a word (`lol grandma`, `haha chicago`): no verb and nobody here named, so it is
///   a laugh ("You grin."), not a question about the word to the person in conversation;
/// - a hail before a description of a person (`hey u polish guy which way`, `hi you there
///   soldier where are you from`): the rest of the line, which names the person it is for.
extension CommandParser {
    /// Words that hail somebody before saying who: `hey u`, `hi you`, `hey you there`.
    static let hailWords: WordSet = ["u", "you", "ya", "there"]

    /// `lol grandma`: the laugh, or nil.
    func laughingAt(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, words.count <= 3, Self.laughs.contains(words[0]) else { return nil }
        let rest = Array(words.dropFirst())
        guard !vocabulary.isVerb(rest[0]), !Self.freeQuestionStarts.contains(rest[0]),
              !Self.statementQuestionStarts.contains(rest[0]), addressee(rest, scope: scope) == nil else { return nil }
        return .failure(.interjection("lol"))
    }

    /// `hey u polish guy which way`: the words after the hail, when they start with a person here.
    func afterHail(_ words: [String], scope: Scope) -> [String]? {
        guard words.count >= 4, Self.greetingWords.contains(words[0]), Self.hailWords.contains(words[1]) else { return nil }
        let rest = Array(words.dropFirst(2).drop { Self.hailWords.contains($0) })
        guard rest.count >= 2 else { return nil }
        for length in stride(from: min(3, rest.count - 1), through: 1, by: -1) where addressee(Array(rest.prefix(length)), scope: scope) != nil {
            return rest
        }
        return nil
    }
}
