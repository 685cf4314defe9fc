/// Scans of a line's bytes eight at a time (one `UInt64`, the first byte lowest), for the
/// questions the lexer and the prose reader ask of every line: is it plain ASCII, where is the
/// next brace or backslash. Byte by byte these took about ten instructions a byte
/// (docs/performance.md, "Compile, fifteenth round").
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let tops: UInt64 = 0x8080_8080_8080_8080

    /// Eight bytes from `start` (at most `bytes.count - start` of them; the rest zero).
    @inline(__always)
    private static func chunk(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt64 {
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            return UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for index in start..<bytes.count {
            value |= UInt64(bytes[index]) << shift
            shift += 8
        }
        return value
    }

    /// A byte's top bit set for each zero byte of `value` and possibly for bytes above a zero
    /// byte, none when no byte is zero: the lowest bit set is always a zero byte's.
    @inline(__always)
    private static func zeroBytes(_ value: UInt64) -> UInt64 {
        (value &- ones) & ~value & tops
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count {
            if chunk(bytes, at: start) & tops != 0 { return false }
            start += 8
        }
        return true
    }

    /// Whether every byte is below 0x80 and none is a carriage return (0x0D).
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count {
            let value = chunk(bytes, at: start)
            // The padding of a short last chunk is zero bytes, which are no carriage returns.
            if value & tops != 0 || zeroBytes(value ^ (ones &* 0x0D)) != 0 { return false }
            start += 8
        }
        return true
    }

    /// The index of the first byte that is `first` or `second` (neither of them zero), or nil.
    static func firstIndex(of first: UInt8, or second: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let firsts = ones &* UInt64(first), seconds = ones &* UInt64(second)
        var start = 0
        while start < bytes.count {
            let value = chunk(bytes, at: start)
            let found = zeroBytes(value ^ firsts) | zeroBytes(value ^ seconds)
            if found != 0 {
                let index = start + found.trailingZeroBitCount / 8
                // A match in the zero padding of a short last chunk is none (neither byte is zero).
                return index < bytes.count ? index : nil
            }
            start += 8
        }
        return nil
    }

    /// The index of the first byte that is `first`, `second` or `third` (none of them zero), or nil.
    static func firstIndex(of first: UInt8, or second: UInt8, or third: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let firsts = ones &* UInt64(first), seconds = ones &* UInt64(second), thirds = ones &* UInt64(third)
        var start = 0
        while start < bytes.count {
            let value = chunk(bytes, at: start)
            let found = zeroBytes(value ^ firsts) | zeroBytes(value ^ seconds) | zeroBytes(value ^ thirds)
            if found != 0 {
                let index = start + found.trailingZeroBitCount / 8
                return index < bytes.count ? index : nil
            }
            start += 8
        }
        return nil
    }
}
