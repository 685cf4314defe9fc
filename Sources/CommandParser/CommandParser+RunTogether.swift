import StoryModel

/// Two of the scene's own sayings typed with no full stop between them: `stop shooting were
/// americans` (session 35's student, under fire on the castle tower), where the scene has both
/// `on stop shooting` and `on were americans`: "I understood 'stop' but not the rest" told the
/// player nothing. Read as the first of them; only when both halves are, whole, sayings of actions
/// here (no slot, no word left over), so nothing else is read apart.
extension CommandParser {
    func runTogether(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words.count <= 12 else { return nil }
        for split in 1..<words.count {
            guard let first = wholeSaying(Array(words[..<split]), scope: scope),
                  wholeSaying(Array(words[split...]), scope: scope) != nil else { continue }
            return .commands([.action(first, slots: [])])
        }
        return nil
    }

    /// The action here (or of the whole story) one of whose ways of saying it is exactly these words.
    private func wholeSaying(_ words: [String], scope: Scope) -> Int? {
        let canonical = Synonyms.canonical(words)
        return actions(startingWith: canonical[0], scope: scope).first { index in
            vocabulary.canonicalPatterns[index].contains { pattern in
                pattern.elements.count == canonical.count && zip(pattern.elements, canonical).allSatisfy { element, word in
                    if case .word(let wanted) = element { return wanted == word }
                    return false
                }
            }
        }
    }
}
