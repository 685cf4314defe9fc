import StoryModel

/// `never mind`, `ok nvm`, `forget it`, `scratch that`: the player takes back what they began.
/// Never a `yes`, never words said to the person in conversation: the sixty-sixth blind run's
/// `ok never mind`, after Whitcomb's "If you really want to, tell him again", was said to him and
/// told him everything (an ending). The reply is "Never mind, then.", no turn; a story's own
/// action for the words is still theirs. Words after them that make a command are that command.
extension CommandParser {
    /// The words that take something back, alone or after a filler.
    static let cancellingPhrases: Set<[String]> = [
        ["never", "mind"], ["nevermind"], ["nvm"], ["nm"], ["forget", "it"], ["forget", "that"], ["forget", "about", "it"],
        ["forget", "i", "said", "anything"], ["forget", "what", "i", "said"], ["cancel"], ["cancel", "that"], ["scratch", "that"],
        ["on", "second", "thought"], ["on", "second", "thoughts"], ["changed", "my", "mind"], ["i", "changed", "my", "mind"],
        ["i've", "changed", "my", "mind"], ["ive", "changed", "my", "mind"], ["i", "take", "it", "back"],
    ]
    /// The words that may start one (the gate's, `Lexicon.cancellingStarts`).
    static let cancellingStarts: WordSet = WordSet(Set(cancellingPhrases.compactMap(\.first)))
    /// Words before them that change nothing: `ok never mind`, `no wait forget it`.
    static let beforeCancelling: WordSet = ["ok", "okay", "k", "oh", "um", "uh", "well", "actually", "hmm", "no", "nah", "nope",
                                            "sorry", "alright", "wait", "ah", "eh", "erm", "then"]
    /// Words after them that change nothing: `never mind then`, `nvm lol`.
    static let afterCancelling: WordSet = ["then", "lol", "sorry", "please", "thanks", "haha"]

    /// `.failure(.interjection("never mind"))` for the words of `cancellingPhrases` with fillers
    /// around them; nil for other words, or when the story's own action reads them.
    func cancelling(_ input: [String], scope: Scope) -> ParseOutcome? {
        guard input.count <= 8 else { return nil }
        var words = input[...]
        while words.count > 1, let first = words.first, Self.beforeCancelling.contains(first) { words = words.dropFirst() }
        while words.count > 1, let last = words.last, Self.afterCancelling.contains(last) { words = words.dropLast() }
        guard Self.cancellingPhrases.contains(Array(words)) else {
            // `never mind i cant say`: taking back, then saying something: what is said (a blind
            // student had "I don't know the word 'mind'", session 27).
            guard let phrase = Self.cancellingPhrases.first(where: { $0.count >= 2 && words.count > $0.count && words.starts(with: $0) }) else { return nil }
            let rest = Array(words.dropFirst(phrase.count))
            if case .commands(let commands) = parse(rest, scope: scope) { return .commands(commands) }
            return nil
        }
        if parse(words: input, freeText: false, scope: scope).isStoryAction { return nil }
        return .failure(.interjection("never mind"))
    }
}
