import StoryModel

/// A word, number, quoted text or symbol on an instruction line, as numbers: where it is in the
/// bytes its cursor read, and for a word its number in the parser's `WordTable`. A token holds
/// no `String` (and nothing counted by reference), so the lexer makes none for it and the
/// parser copies it freely; its text is made only when asked for (`TokenCursor.text(of:)`),
/// where the syntax tree keeps one (docs/performance.md, "Compile, thirteenth round").
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        /// A word or id, lowercased in its text.
        case word
        case number(Int)
        /// Text in double quotes (straight or curly), without the quotes.
        case string
        /// `,` `:` `(` `)` `{` `}` `=` `!=` `<` `<=` `>` `>=` or any other single character.
        case symbol
    }

    let kind: Kind
    /// For a word its number in the word table; for a string whose content is not its bytes
    /// as written (an escape, a curly quote mark), the number of the content the lexer kept in
    /// the table (`WordTable.text`); for an ASCII symbol its bytes as one number
    /// (`symbolCode`); -1 otherwise.
    let value: Int32
    /// Where its text is in the bytes of the text its cursor read: a word's or symbol's bytes,
    /// a number's digits, a string's content without the quote marks.
    let byteStart: Int32
    let byteCount: Int32
    // Where it is, quotes included, as numbers rather than a `SourceRange` of its own (which
    // held the file's name): its range is wanted only for a name or a diagnostic
    // (docs/performance.md, "Compile, eleventh round").
    /// The line number.
    private let lineNumber: Int32
    /// The column (1-based, in Characters) where it starts.
    private let column: Int32
    /// How many Characters it covers (at least 1).
    private let length: Int32

    /// A token at a Character offset within the content of `line`, `length` Characters long.
    init(kind: Kind, value: Int32 = -1, bytes: Range<Int>, line: Line, at offset: Int, length: Int) {
        self.kind = kind
        self.value = value
        byteStart = Int32(truncatingIfNeeded: bytes.lowerBound)
        byteCount = Int32(truncatingIfNeeded: bytes.count)
        lineNumber = Int32(clamping: line.number)
        column = Int32(clamping: line.column + offset)
        self.length = Int32(clamping: max(1, length))
    }

    /// The range in the source, quotes included: the file is the one its line is in.
    func range(in file: SourceFileName) -> SourceRange {
        SourceRange(start: SourceLocation(fileName: file, line: Int(lineNumber), column: Int(column)), length: Int(length))
    }

    /// The column (1-based, in Characters) where it starts.
    var startColumn: Int { Int(column) }

    /// The column just after its last Character.
    var endColumn: Int { Int(column) + Int(length) }

    var isWord: Bool { kind == .word }

    /// A symbol of one or two ASCII bytes as one number: the first byte, and the second one
    /// eight bits up; -2 for anything else (no token's code).
    @inline(__always)
    static func symbolCode(_ symbol: String) -> Int32 {
        var code: Int32 = 0
        var shift: Int32 = 0
        for byte in symbol.utf8 {
            guard shift <= 8, byte < 0x80 else { return -2 }
            code |= Int32(byte) << shift
            shift += 8
        }
        return code
    }
}
