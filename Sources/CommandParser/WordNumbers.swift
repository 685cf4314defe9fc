import StoryModel

/// Interned words: each word of a list has a number (1, 2, … in the list's order; 0 for a word
/// not among them), found without hashing the word's characters.
///
/// A word of up to 15 ASCII bytes (nearly every word a player types) is a small string, whose
/// sixteen bytes are its characters and their count: two words are equal exactly when those
/// bytes are, so the word's number is found in a table keyed on them, a few integer operations
/// and one comparison of two integers, where a `Set<String>` hashes the word with SipHash and
/// compares strings (docs/performance.md, "Per command, twelfth round"). A short ASCII word kept
/// otherwise (on the heap) is found by a small copy of it; a longer word, or one not ASCII, in a
/// dictionary.
///
/// A class whose table lies in memory of its own: the parser's sets are `static let`s asked for
/// every command, and a struct holding arrays was copied (a retain and a release for each of
/// them) and its table read with a bounds check at each look-up (docs/performance.md, "Per
/// command, thirteenth round"). Never changed after it is made, hence `@unchecked Sendable`.
final class WordNumbers: @unchecked Sendable {
    /// One place of the open-addressed table: a small ASCII word's bytes and its number (0: free).
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var number: Int32 = 0
    }

    /// The open-addressed table, `mask + 1` slots.
    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    /// False when strings are not laid out as the table expects (`layoutIsKnown`).
    private let usesTable: Bool
    /// The words that are not small ASCII strings, and every word when the table cannot be used.
    private let others: [String: Int32]
    /// How many words have a number.
    let count: Int

    /// Numbers for `words` in their order (a word listed twice keeps its first number).
    init(_ words: some Sequence<String>) {
        var size = 16
        let words = Array(words)
        while size < words.count * 2 { size *= 2 }
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: size)
        slots.initialize(repeating: Slot(), count: size)
        var others: [String: Int32] = [:]
        var count: Int32 = 0
        let mask = size - 1
        let usesTable = Self.layoutIsKnown
        for word in words {
            if usesTable, let (low, high) = Self.bytes(of: word) {
                var place = Self.place(low, high, mask)
                while slots[place].number != 0, slots[place].low != low || slots[place].high != high {
                    place = (place + 1) & mask
                }
                guard slots[place].number == 0 else { continue }
                count += 1
                slots[place] = Slot(low: low, high: high, number: count)
            } else if others[word] == nil {
                count += 1
                others[word] = count
            }
        }
        self.slots = slots
        self.mask = mask
        self.usesTable = usesTable
        self.others = others
        self.count = Int(count)
    }

    deinit {
        slots.deallocate()
    }

    /// The word's number; 0 when it is not among the words.
    func number(of word: String) -> Int32 {
        // A small ASCII word, nearly every word typed: its own bytes, read in place.
        guard usesTable, let (low, high) = Self.smallASCII(word) else { return numberOfOther(word) }
        return number(low, high)
    }

    /// The number of a word kept otherwise than as a small ASCII string (out of line: the look-up
    /// above stays a few instructions).
    @inline(never)
    private func numberOfOther(_ word: String) -> Int32 {
        guard usesTable, let (low, high) = Self.bytes(of: word) else { return others[word] ?? 0 }
        return number(low, high)
    }

    /// The number of the small ASCII word with these bytes.
    @inline(__always)
    private func number(_ low: UInt64, _ high: UInt64) -> Int32 {
        var place = Self.place(low, high, mask)
        while true {
            // `place` is masked: always one of the table's `mask + 1` slots.
            let slot = slots[place]
            if slot.number == 0 { return 0 }
            if slot.low == low, slot.high == high { return slot.number }
            place = (place &+ 1) & mask
        }
    }

    /// True when the word has a number.
    func contains(_ word: String) -> Bool {
        number(of: word) != 0
    }

    @inline(__always)
    private static func place(_ low: UInt64, _ high: UInt64, _ mask: Int) -> Int {
        var mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        mixed ^= mixed >> 31
        return Int(truncatingIfNeeded: mixed) & mask
    }

    /// The sixteen bytes of the word as a small ASCII string: its own, or those of a copy when it
    /// is kept otherwise (a short word on the heap); nil for a word longer than 15 bytes or not
    /// ASCII.
    private static func bytes(of word: String) -> (UInt64, UInt64)? {
        if let bytes = smallASCII(word) { return bytes }
        guard word.utf8.count <= 15 else { return nil }
        return smallASCII(String(decoding: word.utf8, as: UTF8.self))
    }

    /// The sixteen bytes of a string that is stored as a small ASCII string (its characters, then
    /// its count and kind in the last byte), or nil for any other (then equal strings may differ
    /// in their bytes, and the dictionary decides).
    ///
    /// The bytes are the string's own two words, taken as they are (`unsafeBitCast`, checked
    /// against `layoutIsKnown` before the table is used): read through `withUnsafeBytes(of:)`
    /// they were first stored on the stack, which gave every look-up a stack protector's
    /// check, 8 of its 40 instructions (docs/performance.md, "Per command, seventeenth round").
    @inline(__always)
    static func smallASCII(_ word: String) -> (UInt64, UInt64)? {
        let (low, high) = unsafeBitCast(word, to: (UInt64, UInt64).self)
        // The last byte: immortal, ASCII, small, not foreign (0xE), and the count.
        guard high >> 60 == 0xE else { return nil }
        return (low, high)
    }

    /// The small ASCII string of the bytes in `range` (at most 15, each below 0x80), their
    /// letters `A`…`Z` lowercased: laid out as the standard library lays out such a string (the
    /// bytes, then 0xE and the count in the last byte), so only when `layoutIsKnown`. The
    /// tokenizer makes each typed word so: `String(unsafeUninitializedCapacity:)` checked the
    /// bytes as UTF-8 and cost about 300 instructions a word (docs/performance.md, "Per command,
    /// seventeenth round").
    @inline(__always)
    static func lowercasedSmallASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var low: UInt64 = 0, high: UInt64 = 0
        var shift: UInt64 = 0
        for position in range {
            let byte = bytes[position]
            let letter = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if shift < 64 { low |= letter << shift } else { high |= letter << (shift - 64) }
            shift += 8
        }
        high |= UInt64(0xE0 | range.count) << 56
        return unsafeBitCast((low, high), to: String.self)
    }

    /// True when strings are laid out as this table expects (`SmallASCII.layoutIsKnown`);
    /// otherwise every word goes to the dictionary.
    /// (Held here as well: the per-command readers ask it within this module.)
    static let layoutIsKnown: Bool = SmallASCII.layoutIsKnown
}
