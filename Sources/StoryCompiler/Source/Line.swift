import StoryModel

/// One non-blank, non-comment line of a story file, with the lines indented under it.
///
/// A class, so that handing a line from the outline to the block sorter and on to each
/// instruction's parser costs one reference count rather than one for each of its file name,
/// text and children. `LineReader` sets `children` and `depth` while it builds the outline; after
/// that a line is not changed.
final class Line {
    /// The file, as a number (`SourceFileName`).
    let file: SourceFileName
    /// The content without indentation and trailing white space.
    let text: Substring
    /// The lines indented under this one.
    var children: [Line] = []
    // The numbers are kept in 32 bits (a story file has far fewer than 2^31 lines and columns),
    // so a line is a 96-byte object rather than a 128-byte one: there is one for every line of
    // the source until the parser is done (docs/performance.md, "Compile, eleventh round").
    private let storedNumber: Int32
    private let storedIndent: Int32
    /// `depth`, or -1 when it is the same as `indent`.
    private var storedDepth: Int32 = -1
    /// True when a blank line (or the start of the block) separates it from the line before.
    let followsBlank: Bool
    /// True when the content is known to be ASCII without a carriage return (so a byte is a
    /// Character), as the file's split into lines found it: the lexer and the parser's byte
    /// paths then need not scan it again. False when unknown.
    let isPlainASCII: Bool
    /// `Parser.lastASCIIByte(of: text)` as `LineReader` found it where the line was cut
    /// (`noASCIITail` for nil), or `undecidedTail`: `lastASCIIByte` then reads the text.
    /// Kept beside the flags, in the object's padding.
    private let storedTail: UInt8
    /// The content's first byte when `LineReader` cut it on the bytes and it is ASCII, or
    /// `undecidedTail`.
    private let storedHead: UInt8
    /// How the content starts, as `LineReader` found it on the bytes: `Line.leadOfBytes(_:)`
    /// (`Line.undecidedLead` when it was not read on the bytes). `kind(in:keywords:)` needs only
    /// this and its block's table.
    let lead: Int64

    /// 1-based line number.
    var number: Int { Int(storedNumber) }
    /// The number of indentation characters (spaces or tabs) before the content.
    var indent: Int { Int(storedIndent) }
    /// How deep the line is nested, when it differs from `indent` (a stray tab in a file
    /// indented with spaces counts as one step of spaces).
    var depth: Int? {
        get { storedDepth < 0 ? nil : Int(storedDepth) }
        set { storedDepth = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    init(file: SourceFileName, number: Int, indent: Int, text: Substring, followsBlank: Bool, isPlainASCII: Bool = false,
         lead: Int64 = Line.undecidedLead, head: UInt8 = Line.undecidedTail, tail: UInt8 = Line.undecidedTail) {
        self.file = file
        self.storedNumber = Int32(clamping: number)
        self.storedIndent = Int32(clamping: indent)
        self.text = text
        self.followsBlank = followsBlank
        self.isPlainASCII = isPlainASCII
        self.lead = lead
        self.storedTail = tail
        self.storedHead = head
    }

    /// The content's first byte when it is ASCII and was read where the line was cut; nil when
    /// unknown. (The content never starts with a space or a tab.)
    var firstASCIIByte: UInt8? { storedHead < 0x80 ? storedHead : nil }

    /// `storedTail` when the tail was not read where the line was cut.
    static let undecidedTail: UInt8 = 0xFF
    /// `storedTail` when the content has no last byte that is a whole ASCII Character.
    static let noASCIITail: UInt8 = 0xFE

    /// The last byte of the content when it is the whole last Character (`Parser.lastASCIIByte(of:)`),
    /// read where the line was cut: how a line ends decides sentences in every block
    /// (docs/performance.md, "Compile, nineteenth round").
    var lastASCIIByte: UInt8? {
        if storedTail < 0x80 { return storedTail }
        if storedTail == Self.noASCIITail { return nil }
        return Parser.lastASCIIByte(of: text)
    }

    /// `lastASCIIByte` of content whose bytes are `bytes` (at least one), as `Line` stores it.
    @inline(__always)
    static func tail(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let last = bytes[bytes.count - 1]
        guard last < 0x80 else { return noASCIITail }
        guard bytes.count > 1 else { return last }
        let before = bytes[bytes.count - 2]
        return before < 0x80 && !(before == 0x0D && last == 0x0A) ? last : noASCIITail
    }

    /// The depth that decides which line this one is indented under.
    var nestingDepth: Int { Int(storedDepth < 0 ? storedIndent : storedDepth) }

    /// The column (1-based, in Characters) where the content starts.
    var column: Int { indent + 1 }

    /// The location of a Character offset within the content.
    func location(at offset: Int) -> SourceLocation {
        SourceLocation(fileName: file, line: number, column: column + offset)
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
        isPlainASCII || Parser.isASCII(text) ? text.utf8.count : text.count
    }
}
