/// A position in a story file.
///
/// Lines and columns start at 1. Columns count Characters (extended grapheme
/// clusters), so a Cyrillic letter or an accented letter counts as one column.
/// Twelve bytes: the file as a number (`SourceFileName`), the line and column as 32-bit numbers.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file, as a number standing for its name.
    public var fileName: SourceFileName
    private var storedLine: Int32
    private var storedColumn: Int32

    public init(file: String, line: Int, column: Int) {
        self.init(fileName: SourceFileName(file), line: line, column: column)
    }

    public init(fileName: SourceFileName, line: Int, column: Int) {
        self.fileName = fileName
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// The path of the file as the author named it (relative paths stay relative).
    public var file: String {
        get { fileName.name }
        set { fileName = SourceFileName(newValue) }
    }

    /// The line, starting at 1.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The column, starting at 1, counted in Characters.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        a.fileName == b.fileName ? (a.line, a.column) < (b.line, b.column) : (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    private enum CodingKeys: String, CodingKey { case file, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
                  column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}

/// A span of text on one line of a story file, used to underline a mistake. Sixteen bytes.
public struct SourceRange: Hashable, Sendable, Codable {
    /// Where the span starts.
    public var start: SourceLocation
    private var storedLength: Int32

    public init(start: SourceLocation, length: Int) {
        self.start = start
        storedLength = Int32(clamping: length)
    }

    /// How many Characters the span covers (at least 1 when rendered).
    public var length: Int {
        get { Int(storedLength) }
        set { storedLength = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey { case start, length }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try container.decode(SourceLocation.self, forKey: .start), length: try container.decode(Int.self, forKey: .length))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(length, forKey: .length)
    }
}
