import StoryModel

/// Words that only make thanks, a greeting or a reaction stronger (issue #11, session 12):
/// `thank you very much, colonel`, `thanks so much`, `really thank you`, `thanks a lot brennan`,
/// `hello again`, `thats just so sad`. They say nothing the reply needs, so they are dropped
/// and the rest is read; the story's own words come first (`very` as a word of the story stays).
extension CommandParser {
    /// Single words that only make the sentence stronger.
    static let intensifiers: WordSet = ["very", "much", "really", "so", "just", "truly", "soo", "sooo", "realy", "rly",
                                            "lot", "lots", "heaps", "tons", "again", "kindly", "sincerely", "deeply"]
    /// Words that open thanks, a greeting or a reaction, after which intensifiers may be dropped.
    private static let strengthenedOpenings: WordSet = ["thanks", "thank", "thx", "ty", "thankyou", "cheers",
                                                            "hello", "hi", "hey", "hiya", "morning", "good"]

    /// The words a line of strengthened thanks or greeting can open with.
    static let possibleOpenings = WordSet(strengthenedOpenings.union(intensifiers))

    /// The words without their intensifiers when they thank or greet (`thank you very much
    /// colonel` is `thank you colonel`); nil when there is nothing to drop, or the line is
    /// not thanks or a greeting.
    func withoutIntensifiers(_ input: [String]) -> [String]? {
        // One look-up for most commands, which open with neither (every reading passes here).
        guard input.count >= 2, input.count <= 10, Self.possibleOpenings.contains(input[0]) else { return nil }
        // The opening word, after any intensifier before it (`really thank you`).
        guard let opening = input.first(where: { !Self.intensifiers.contains($0) }),
              Self.strengthenedOpenings.contains(opening),
              input.contains(where: { Self.intensifiers.contains($0) && !vocabulary.knows($0) }) else { return nil }
        var words: [String] = []
        for (index, word) in input.enumerated() {
            let droppable = Self.intensifiers.contains(word) && !vocabulary.knows(word)
            // `a lot`, `a ton`: the article goes with the word after it.
            if word == "a", index + 1 < input.count, ["lot", "ton", "bunch"].contains(input[index + 1]),
               !vocabulary.knows(input[index + 1]) { continue }
            if droppable || (["ton", "bunch"].contains(word) && words.last == nil) { continue }
            words.append(word)
        }
        // `hello again` keeps its `hello`; nothing is dropped from a line of intensifiers only.
        guard words.count < input.count, !words.isEmpty else { return nil }
        return words
    }
}
