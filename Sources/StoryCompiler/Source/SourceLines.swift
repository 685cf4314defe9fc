import StoryModel

/// One file's text and its lines, split the first time they are asked for and kept: for each
/// line, whether it is ASCII without a carriage return (its final one aside), so that a byte is a
/// Character, found in the same pass, so quoting a line under each of its diagnostics does not
/// scan the whole line again. A `SourceManager` is `Sendable`, so the split is made once under a
/// lock (`MadeOnce`).
final class SourceLines: Sendable {
    private let lines: MadeOnce<(lines: [Substring], plainASCII: [Bool])>

    init(_ text: String) {
        lines = MadeOnce { text.linesAndPlainASCII(marking: true) }
    }

    /// The lines as `String.linesAtLineFeeds()` splits them, and which of them are plain ASCII.
    var split: (lines: [Substring], plainASCII: [Bool]) { lines.value }
}
