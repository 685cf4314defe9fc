import StoryModel

extension Direction {
    /// The direction a typed word names, full (`north`) or short (`n`): `Direction(word:)` by the
    /// interned words (`WordTable`), without hashing the word's characters. The parser asks it
    /// for words of nearly every command (docs/performance.md, "Per command, thirteenth round").
    static func typed(_ word: String) -> Direction? {
        byTypedWord[word]
    }

    /// Every direction under its full and its short name, as `Direction(word:)` has them.
    private static let byTypedWord: WordTable<Direction> = {
        var words: [String: Direction] = [:]
        for direction in allCases {
            words[direction.rawValue] = direction
            if let short = direction.abbreviation { words[short] = direction }
        }
        return WordTable(words)
    }()
}
