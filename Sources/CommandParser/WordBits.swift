/// One bit of 64 for a word, from its sixteen bytes as a small ASCII string (`WordNumbers`),
/// so that a list of words is a `UInt64` and "are all of these words among those?" is one
/// `&` for the most part: a grammar line whose words' bits are not all among a command's cannot
/// read the command, and is passed over without comparing its words with the command's
/// (docs/performance.md, "Per command, fifteenth round").
///
/// A word that is not a small ASCII string has no bit: in a line's words it asks for nothing,
/// and among a command's words it lets every line through, so the test never passes over a line
/// whose words are all typed.
enum WordBits {
    /// The bit of the word; nil when it is not a small ASCII string.
    @inline(__always)
    static func bit(of word: String) -> UInt64? {
        guard WordNumbers.layoutIsKnown, let (low, high) = WordNumbers.smallASCII(word) else { return nil }
        var mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        mixed ^= mixed >> 29
        return 1 << (mixed & 63)
    }

    /// The bits of the words that have one: what a line asks for.
    static func required(_ words: some Sequence<String>) -> UInt64 {
        var bits: UInt64 = 0
        for word in words { bits |= bit(of: word) ?? 0 }
        return bits
    }

    /// The bits of the words typed: every bit when one of them has none.
    static func present(_ words: [String]) -> UInt64 {
        var bits: UInt64 = 0
        for word in words {
            guard let bit = bit(of: word) else { return ~0 }
            bits |= bit
        }
        return bits
    }
}
