import StoryModel

/// `talk to camera man` where the story's word is `cameraman` (the seventieth blind student:
/// "You can't see any man here.", with Belousovitch winding his camera in sight): two words
/// typed apart that make one word the story knows are read joined, once the words as typed
/// failed. Asked only after a failure, and only for pairs whose joined word the vocabulary has.
extension CommandParser {
    func joiningCompound(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words.count <= 8 else { return nil }
        for index in 1..<(words.count - 1) {
            let joined = words[index] + words[index + 1]
            guard joined.count >= 6, vocabulary.knows(joined) else { continue }
            var rejoined = words
            rejoined.replaceSubrange(index...(index + 1), with: [joined])
            let outcome = parse(words: rejoined, freeText: false, scope: scope)
            if case .commands = outcome { return outcome }
        }
        return nil
    }
}
