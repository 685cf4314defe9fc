import StoryModel

/// One non-blank, non-comment line of a story file, with the lines indented under it.
///
/// A class, so that handing a line from the outline to the block sorter and on to each
/// instruction's parser costs one reference count rather than one for each of its file name,
/// text and children. `LineReader` sets `children` and `depth` while it builds the outline; after
/// that a line is not changed.
final class Line {
    let file: String
    /// 1-based line number.
    let number: Int
    /// The number of indentation characters (spaces or tabs) before the content.
    let indent: Int
    /// The content without indentation and trailing white space.
    let text: Substring
    /// True when a blank line (or the start of the block) separates it from the line before.
    let followsBlank: Bool
    /// The lines indented under this one.
    var children: [Line] = []
    /// How deep the line is nested, when it differs from `indent` (a stray tab in a file
    /// indented with spaces counts as one step of spaces).
    var depth: Int?

    init(file: String, number: Int, indent: Int, text: Substring, followsBlank: Bool) {
        self.file = file
        self.number = number
        self.indent = indent
        self.text = text
        self.followsBlank = followsBlank
    }

    /// The depth that decides which line this one is indented under.
    var nestingDepth: Int { depth ?? indent }

    /// The column (1-based, in Characters) where the content starts.
    var column: Int { indent + 1 }

    /// The location of a Character offset within the content.
    func location(at offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: number, column: column + offset)
    }

    /// A range within the content, from a Character offset.
    func range(at offset: Int, length: Int) -> SourceRange {
        SourceRange(start: location(at: offset), length: max(1, length))
    }

    /// The whole content as a range.
    var wholeRange: SourceRange { range(at: 0, length: characterCount) }

    /// How many Characters the content has: its bytes when they are ASCII (a line holds no line
    /// feed, so no carriage return and line feed make one Character), counted otherwise.
    var characterCount: Int {
        Parser.isASCII(text) ? text.utf8.count : text.count
    }
}
