/// A quick test that a word is certainly none of a few words, for a loop that would otherwise
/// hash every word of a story to look it up among them (`Vocabulary.withoutPhrases`, issue #15):
/// one bit for each word's length, first and last byte. A word whose bit is clear is none of them; a
/// set bit means only "maybe", and the caller asks its set.
struct WordSieve {
    private var bits = [UInt64](repeating: 0, count: 16)

    init(_ words: some Sequence<String>) {
        for word in words {
            let bit = Self.bit(of: word)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// False when `word` is none of the words; true when it may be one of them.
    func mayContain(_ word: String) -> Bool {
        let bit = Self.bit(of: word)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(of word: String) -> Int {
        (word.utf8.count &* 131 &+ Int(word.utf8.first ?? 0) &* 37 &+ Int(word.utf8.last ?? 0)) & 1023
    }
}
