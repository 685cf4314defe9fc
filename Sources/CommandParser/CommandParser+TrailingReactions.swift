import StoryModel

/// A farewell, thanks or interjection with a reaction or a wish after it (the eighteenth blind
/// play-test, issue #11): `cheers lol`, `bye marcel good luck getting to lyon`, `bye olena hope
/// u get home`, `thanks haha`. The line is the farewell, thanks or interjection (with the name
/// it gives), never "I don't know the word 'luck'. Did you mean 'buck'?": what follows only says
/// how it was meant.
extension CommandParser {
    /// Words a line of leave-taking, thanks or delight starts with.
    private static let leadWords: WordSet = ["bye", "goodbye", "cya", "farewell", "later", "cheers", "thanks", "thank", "thx",
                                                 "ty", "hi", "hello", "hey", "see", "so", "good", "well", "wow", "ok", "okay", "nice",
                                                 "cool", "great", "awesome", "lol", "haha"]
    /// Words that only say how the words before them were meant.
    private static let reactionTail: WordSet = ["lol", "haha", "hahaha", "lmao", "rofl", "xd", "xx", "x", "xoxo", "ha",
                                                    "hehe", "heh", ":)", "!", "mate", "buddy", "pal", "man", "dude", "bro",
                                                    "again", "too", "all", "everyone", "guys", "then", "now", "ok", "okay"]
    /// Openings of a wish or hope after a farewell: `good luck getting home`, `hope u get home`.
    private static let wishOpenings: [[String]] = CommandParser.wishes.phrases + [["hope"], ["i", "hope"], ["have", "a"], ["see", "you"],
                                                                           ["safe", "travels"], ["safe", "journey"], ["godspeed"]]

    func withoutTrailingReaction(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, Self.leadWords.contains(words[0]) else { return nil }
        for cut in stride(from: words.count - 1, through: 1, by: -1) {
            let tail = Array(words[cut...])
            guard tail.allSatisfy(Self.reactionTail.contains) || Self.wishOpenings.contains(where: { tail.starts(with: $0) })
            else { continue }
            let head = Array(words[..<cut])
            let outcome = parse(head, scope: scope)
            if case .commands = outcome { return outcome }
            if case .failure(let failure) = outcome, case .interjection = failure { return outcome }
            if head.count == 1, Self.interjections.contains(head[0]) { return .failure(.interjection(head[0])) }
        }
        return nil
    }
}
