/// A position in a story file.
///
/// Lines and columns start at 1. Columns count Characters (extended grapheme
/// clusters), so a Cyrillic letter or an accented letter counts as one column.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The path of the file as the author named it (relative paths stay relative).
    public var file: String
    /// The line, starting at 1.
    public var line: Int
    /// The column, starting at 1, counted in Characters.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A span of text on one line of a story file, used to underline a mistake.
public struct SourceRange: Hashable, Sendable, Codable {
    /// Where the span starts.
    public var start: SourceLocation
    /// How many Characters the span covers (at least 1 when rendered).
    public var length: Int

    public init(start: SourceLocation, length: Int) {
        self.start = start
        self.length = length
    }
}
