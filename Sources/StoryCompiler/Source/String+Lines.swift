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
        var text = self
        let offsets: [Int] = text.withUTF8 { bytes in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            var index = 0
            while index < bytes.count, let found = memchr(base + index, 0x0A, bytes.count - index) {
                index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                offsets.append(index)
                index += 1
            }
            return offsets
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
        return lines
    }
}
