/// Reading a save's command lines: a restore checks a long game's every command (4,596 lines,
/// 65 KB at 1,000 rooms) before it plays anything.
extension CommandLog {
    /// What reading a save's command lines found (`reading(_:linesOf:)`).
    public enum SavedLines {
        /// The log, and the index just after its last line feed.
        case read(CommandLog, end: Int)
        /// The bytes end before the last line does.
        case endsEarly
        /// A line is not a marker and an input as `append` writes it, or the bytes are not UTF-8.
        case notAsWritten
    }

    /// The first `count` lines of `bytes` as a log, each checked as `init?(lines:)` checks them,
    /// in one pass over the bytes, eight at a time.
    ///
    /// The lines of a catalogue game average 14 bytes, so looking for each line feed with
    /// `memchr` and then checking the input before it (as `checkedInputEnd` does) paid for a call
    /// and a byte-by-byte tail on nearly every line. Here each word of eight bytes gives, in a few
    /// operations, where its first byte is that needs a look (a line feed, a control byte, `\`,
    /// DEL or a byte above ASCII: `bytesToLookAt`); the plain bytes before it are skipped.
    public static func reading(_ count: Int, linesOf bytes: ArraySlice<UInt8>) -> SavedLines {
        let found: (end: Int, problem: SavedLines?) = bytes.withUnsafeBufferPointer { buffer in
            guard count > 0 else { return (0, nil) }
            guard let base = buffer.baseAddress else { return (0, .endsEarly) }
            let size = buffer.count
            var index = 0
            var lines = 0
            var ascii = true
            // At the start of a line: its marker.
            guard size > 0 else { return (0, .endsEarly) }
            guard base[0] == UInt8(ascii: "+") || base[0] == UInt8(ascii: "-") else { return (0, .notAsWritten) }
            index = 1
            while true {
                // Plain bytes skipped a word at a time, up to the first byte to look at.
                if index + 8 <= size {
                    let flags = bytesToLookAt(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                    if flags == 0 {
                        index += 8
                        continue
                    }
                    index += flags.trailingZeroBitCount >> 3
                } else {
                    while index < size, !needsLook(base[index]) { index += 1 }
                    guard index < size else { return (index, .endsEarly) }
                }
                let byte = base[index]
                if byte == 0x0A {
                    lines += 1
                    index += 1
                    if lines == count { break }
                    guard index < size else { return (index, .endsEarly) }
                    guard base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") else { return (index, .notAsWritten) }
                    index += 1
                } else if byte >= 0x80 {
                    ascii = false
                    index += 1
                } else if byte == UInt8(ascii: "\\") {
                    // An escape as `appendEscaped` writes it, whole before the line's end (one cut
                    // off by the end of the bytes is not as written either, as before).
                    guard index + 1 < size else { return (index, .notAsWritten) }
                    switch base[index + 1] {
                    case UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"): index += 2
                    case UInt8(ascii: "x"):
                        guard index + 3 < size, let high = hexValue(base[index + 2]), let low = hexValue(base[index + 3]),
                              escape(high << 4 | low) == .hex else { return (index, .notAsWritten) }
                        index += 4
                    default: return (index, .notAsWritten)
                    }
                } else {
                    // A control byte other than the line feed, or DEL: never written as it is.
                    return (index, .notAsWritten)
                }
            }
            guard ascii || String(validating: UnsafeBufferPointer(rebasing: buffer[..<index]), as: UTF8.self) != nil else {
                return (index, .notAsWritten)
            }
            return (index, nil)
        }
        if let problem = found.problem { return problem }
        return .read(CommandLog(checkedLines: Array(bytes.prefix(found.end)), count: count), end: bytes.startIndex + found.end)
    }

    /// True for a byte a line's input does not hold as it is, or that ends the line: below 0x20,
    /// `\`, DEL, or above ASCII.
    @inline(__always)
    private static func needsLook(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\\") || byte >= 0x7F
    }

    /// The high bit of each byte of `word` (its first byte lowest) that `needsLook` holds for, and
    /// no other bit: each test works within a byte, so no carry or borrow crosses into the next
    /// (unlike the usual has-zero-byte test, which may flag a byte above a true one).
    @inline(__always)
    static func bytesToLookAt(_ word: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let low = word & lows
        // Below 0x20: adding 0x60 to a 7-bit byte sets its high bit only from 0x20 up.
        let control = ~(low &+ 0x6060_6060_6060_6060) & highs
        // Equal to a 7-bit value: the xor is 0, and adding 0x7F sets the high bit of every other.
        func equal(_ value: UInt8) -> UInt64 { ~((low ^ (lows & (0x0101_0101_0101_0101 &* UInt64(value)))) &+ lows) & highs }
        return (word & highs) | control | equal(UInt8(ascii: "\\")) | equal(0x7F)
    }
}
