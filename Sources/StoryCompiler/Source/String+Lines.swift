#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// The text's lines: split at each line feed (U+000A), which is left out; a text that ends
    /// with a line feed has a last, empty line. The same lines as
    /// `split(separator: "\n", omittingEmptySubsequences: false)` on decoded story text, found by
    /// scanning bytes with `memchr` instead of breaking the text into Characters.
    ///
    /// - Complexity: O(n) in the length of the text in UTF-8 bytes.
    func linesAtLineFeeds() -> [Substring] {
        linesAndPlainASCII(marking: false).lines
    }

    /// The lines of `linesAtLineFeeds()` and, when `marking`, for each line whether it is ASCII
    /// without a carriage return (a final one aside), so that a byte is a Character: both found
    /// in one pass over the bytes.
    ///
    /// - Complexity: O(n) in the length of the text in UTF-8 bytes.
    func linesAndPlainASCII(marking: Bool) -> (lines: [Substring], plainASCII: [Bool]) {
        var text = self
        let (offsets, plain): ([Int], [Bool]) = text.withUTF8 { bytes in
            var offsets: [Int] = []
            var plain: [Bool] = []
            guard let base = bytes.baseAddress else { return (offsets, marking ? [true] : []) }
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
                offsets.append(end)
                if marking { mark(index, end) }
                index = end + 1
            }
            if marking { mark(index, bytes.count) }
            return (offsets, plain)
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        for offset in offsets {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(Substring(utf8[start..<end]))
            start = utf8.index(after: end)
        }
        lines.append(Substring(utf8[start...]))
        return (lines, plain)
    }
}
