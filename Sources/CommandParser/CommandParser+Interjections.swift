import StoryModel

/// Interjections alone (`cool`, `wow`, `lol`) when the story does not know the word: a short
/// reply that takes no turn.
extension CommandParser {
    public static let interjections: WordSet = ["cool", "wow", "nice", "awesome", "lol", "haha", "hahaha", "omg", "great", "yay",
                                             "ok", "okay", "hmm", "hmmm", "oh", "ah", "aha", "oops", "neat", "whoa", "wicked", "sweet",
                                             "congratulations", "congrats", "bravo", "hooray", "hurray", "hurrah", "welcome"]

    /// `cool`, `wow`, `lol` alone, when the story has no such word: a friendly reply, no turn.
    func interjection(_ words: [String], outcome: ParseOutcome) -> ParseOutcome? {
        // No words at all (a line of junk bytes the fuzzer found, session 34) is no interjection.
        guard !words.isEmpty else { return nil }
        // `lol ok`, `haha nice`: interjections only, the first one's reply (twelfth blind play-test).
        let alone = words.count == 1 || (words.count <= 3 && words.allSatisfy { Self.interjections.contains($0) || ["ok", "okay", "so", "very", "really"].contains($0) })
        guard alone, Self.interjections.contains(words[0]), case .failure(let failure) = outcome else { return nil }
        // `lol` alone, a word the story knows but no command (the twenty-eighth blind run): the laugh too.
        if case .unknownWord = failure {} else if words.count > 1 || !Self.laughs.contains(words[0]) { return nil }
        return .failure(.interjection(words[0]))
    }
}
