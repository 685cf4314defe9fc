#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Where each of the text's lines ends, as a UTF-8 offset (of its line feed, or of the text's
    /// end for the last line; a line starts one byte after the one before it ends). The lines
    /// are split at each line feed (U+000A), which is left out; a text that ends with a line feed
    /// has a last, empty line: the lines of `split(separator: "\n", omittingEmptySubsequences: false)`
    /// on decoded story text, found by scanning bytes with `memchr` instead of Characters. And,
    /// when `marking`, for each line whether it is ASCII without a carriage return (a final
    /// one aside), so that a byte is a Character: both found in one pass over the bytes. Eight
    /// bytes a line rather than a 32-byte `Substring` (docs/performance.md, "Compile, eleventh round").
    ///
    /// - Complexity: O(n) in the length of the text in UTF-8 bytes.
    func lineEndsAndPlainASCII(marking: Bool) -> (ends: [Int], plainASCII: [Bool]) {
        var text = self
        return text.withUTF8 { bytes in
            var ends: [Int] = []
            var plain: [Bool] = []
            guard let base = bytes.baseAddress else { return ([0], marking ? [true] : []) }
            func mark(_ start: Int, _ end: Int) {
                var end = end
                if end > start, base[end - 1] == 0x0D { end -= 1 }
                if end > start, memchr(base + start, 0x0D, end - start) != nil { plain.append(false); return }
                // ASCII eight bytes at a time: no byte with its top bit set.
                var index = start
                while index + 8 <= end {
                    if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                        plain.append(false)
                        return
                    }
                    index += 8
                }
                while index < end, base[index] < 0x80 { index += 1 }
                plain.append(index == end)
            }
            var index = 0
            while index < bytes.count, let found = memchr(base + index, 0x0A, bytes.count - index) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                ends.append(end)
                if marking { mark(index, end) }
                index = end + 1
            }
            ends.append(bytes.count)
            if marking { mark(index, bytes.count) }
            return (ends, plain)
        }
    }
}
