/// Short ASCII strings made from their bytes in place: the standard library keeps a string of at
/// most 15 ASCII bytes inside the `String` value itself (the bytes, then `0xE0` and the count in the
/// last byte, on a 64-bit little-endian platform), and building one that way skips the check as
/// UTF-8 and the call through `String(decoding:as:)`, about 350 instructions a string when the
/// compiled form of a story is read (docs/performance.md, "Start-up, twenty-first round").
///
/// Used only when `layoutIsKnown` says strings are laid out so; otherwise callers decode as usual.
public enum SmallASCII {
    /// True when strings are laid out as above (`"ab"` is the bytes `a`, `b`, twelve zeros, then
    /// 0xE2).
    public static let layoutIsKnown: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let sample = String(decoding: [0x61, 0x62], as: UTF8.self)
        let (low, high) = withUnsafeBytes(of: sample) { bytes in
            (bytes.load(fromByteOffset: 0, as: UInt64.self), bytes.load(fromByteOffset: 8, as: UInt64.self))
        }
        return low == 0x6261 && high == 0xE200_0000_0000_0000
    }()

    /// The string of `bytes` when they are 1 to 15 bytes below 0x80 and `layoutIsKnown`; nil
    /// otherwise (decode those as usual). Eight bytes or more are read eight at a time (the last
    /// eight for the second word, shifted past those already read): a byte at a time, a string cost
    /// about 100 instructions (docs/performance.md, "Compile, twenty-second round").
    @inlinable
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = bytes.count
        guard count > 0, count <= 15, layoutIsKnown, let base = bytes.baseAddress else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        if count >= 8 {
            let raw = UnsafeRawPointer(base)
            low = raw.loadUnaligned(as: UInt64.self)
            if count > 8 {
                high = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) >> UInt64(8 * (16 - count))
            }
        } else {
            for index in 0..<count { low |= UInt64(base[index]) << UInt64(8 * index) }
        }
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
        high |= UInt64(0xE0 | count) << 56
        return unsafeBitCast((low, high), to: String.self)
    }
}
