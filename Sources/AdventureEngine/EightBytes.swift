/// Eight bytes of a text read as one word, for the scans of replies and inputs that pass over
/// the bytes needing no closer look eight at a time.
enum EightBytes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` of `bytes`, which must hold them.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self)
    }

    /// True when any of the eight bytes is `byte` (the usual "has a zero byte" test on the word
    /// with `byte` taken away from each, exact for whether any byte matches).
    @inline(__always)
    static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        let value = word ^ (ones &* UInt64(byte))
        return (value &- ones) & ~value & highs != 0
    }

    /// True when the text's UTF-8 holds `byte`: a native string's bytes eight at a time
    /// (`String.UTF8View.contains` iterated them one by one, 830 instructions a reply).
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index + 8 <= bytes.count {
                if has(byte, in: load(bytes, at: index)) { return true }
                index += 8
            }
            while index < bytes.count {
                if bytes[index] == byte { return true }
                index += 1
            }
            return false
        } ?? text.utf8.contains(byte)
    }

    /// The high bit of each of the eight bytes that is `byte`, and of no other: exact, where
    /// `has`'s test may also mark a byte after a match.
    @inline(__always)
    static func mask(of byte: UInt8, in word: UInt64) -> UInt64 {
        let value = word ^ (ones &* UInt64(byte))
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((value & lows) &+ lows) | value | lows)
    }

    /// True when any of the eight bytes is above ASCII.
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool {
        word & highs != 0
    }
}
