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
        return bit(low, high)
    }

    /// The bit of the small ASCII word with these sixteen bytes.
    @inline(__always)
    private static func bit(_ low: UInt64, _ high: UInt64) -> UInt64 {
        var mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        mixed ^= mixed >> 29
        return 1 << (mixed & 63)
    }

    /// The bits of a grammar line's words after its first, those that have one: what the line
    /// asks for of a command whose first word is the line's (the lines are found by it). A loop
    /// on the pieces in place: the grammar's lines are made at the first command, which start-up
    /// includes.
    static func required(afterFirstOf pieces: [Piece]) -> UInt64 {
        guard WordNumbers.layoutIsKnown, pieces.count > 1 else { return 0 }
        var bits: UInt64 = 0
        for index in 1..<pieces.count {
            guard case .word(let word) = pieces[index], let (low, high) = WordNumbers.smallASCII(word) else { continue }
            bits |= bit(low, high)
        }
        return bits
    }

    /// The bits of the words typed: every bit when one of them has none.
    static func present(_ words: [String]) -> UInt64 {
        guard WordNumbers.layoutIsKnown else { return ~0 }
        var bits: UInt64 = 0
        for word in words {
            guard let (low, high) = WordNumbers.smallASCII(word) else { return ~0 }
            bits |= bit(low, high)
        }
        return bits
    }
}
