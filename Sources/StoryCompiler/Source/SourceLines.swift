import StoryModel

/// One file's text and its lines, split the first time they are asked for and kept: where each
/// line ends, and whether it is ASCII without a carriage return (its final one aside), so that a
/// byte is a Character, found in the same pass, so quoting a line under each of its diagnostics
/// does not scan the whole line again. A `SourceManager` is `Sendable`, so the split is made
/// once under a lock (`MadeOnce`).
final class SourceLines: Sendable {
    let text: String
    private let lines: MadeOnce<(ends: [Int], plainASCII: [Bool])>

    init(_ text: String) {
        self.text = text
        lines = MadeOnce { text.lineEndsAndPlainASCII(marking: true) }
    }

    /// Where each line ends (a UTF-8 offset, `String.lineEndsAndPlainASCII(marking:)`), and which lines are plain ASCII.
    var split: (ends: [Int], plainASCII: [Bool]) { lines.value }

    /// The line (1-based) without its line feed, or nil past the last one.
    func line(_ number: Int) -> Substring? {
        let ends = split.ends
        guard number >= 1, number <= ends.count else { return nil }
        let start = number == 1 ? 0 : ends[number - 2] + 1
        let utf8 = text.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: ends[number - 1])])
    }
}
