/// A quick test that a word is certainly none of a few words, for a loop that would otherwise
/// hash every word of a story to look it up among them (`Vocabulary.withoutPhrases`, issue #15):
/// one bit for each word's length, first and last byte. A word whose bit is clear is none of them; a
/// set bit means only "maybe", and the caller asks its set. The lint rules that look for things'
/// nouns in every scene's text use it too (`NounScope`).
public struct WordSieve: Sendable {
    private var bits = [UInt64](repeating: 0, count: 16)

    /// A sieve that lets through `words` (and, rarely, others).
    public init(_ words: some Sequence<String>) {
        for word in words {
            let bit = Self.bit(of: word)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// False when `word` is none of the words; true when it may be one of them.
    public func mayContain(_ word: String) -> Bool {
        let bit = Self.bit(of: word)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// `mayContain(_:)` of the word whose UTF-8 bytes these are, without making it a `String`.
    public func mayContain(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let bit = (bytes.count &* 131 &+ Int(bytes.first ?? 0) &* 37 &+ Int(bytes.last ?? 0)) & 1023
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// `mayContain(_:)` of the lowercased word whose ASCII bytes these are (A–Z among them), without
    /// making the lowercased `String`: the sieve reads only the length and the first and last byte.
    public func mayContain(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func lowered(_ byte: UInt8?) -> Int {
            guard let byte else { return 0 }
            return Int(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        let bit = (bytes.count &* 131 &+ lowered(bytes.first) &* 37 &+ lowered(bytes.last)) & 1023
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(of word: String) -> Int {
        // On the contiguous bytes where there are some (every native string): the view's `last`
        // and `count` walk String indices, three times the cost of the rest.
        let utf8 = word.utf8
        if let bit = utf8.withContiguousStorageIfAvailable({ bytes in
            (bytes.count &* 131 &+ Int(bytes.first ?? 0) &* 37 &+ Int(bytes.last ?? 0)) & 1023
        }) {
            return bit
        }
        return (utf8.count &* 131 &+ Int(utf8.first ?? 0) &* 37 &+ Int(utf8.last ?? 0)) & 1023
    }
}
