/// Breaks text into lines no wider than a width, only at spaces: words are never split.
///
/// A word longer than the width stands alone on its line. Width counts Characters.
public struct WordWrapper: Sendable {
    public let width: Int

    public init(width: Int) {
        self.width = max(10, width)
    }

    /// The lines of a paragraph, each prefixed with `indent`.
    public func lines(_ text: String, indent: String = "") -> [String] {
        let available = max(1, width - indent.count)
        var lines: [String] = []
        var line = ""
        var lineCount = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordCount = word.count
            if lineCount == 0 {
                line = String(word)
                lineCount = wordCount
            } else if lineCount + 1 + wordCount <= available {
                line += " " + word
                lineCount += 1 + wordCount
            } else {
                lines.append(indent + line)
                line = String(word)
                lineCount = wordCount
            }
        }
        if lineCount > 0 { lines.append(indent + line) }
        return lines
    }
}
