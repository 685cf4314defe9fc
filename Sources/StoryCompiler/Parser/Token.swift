import StoryModel

/// A word, number, quoted text or symbol on an instruction line.
struct Token: Sendable, CustomStringConvertible {
    enum Kind: Sendable, Equatable {
        /// A word or id, lowercased in `text`.
        case word
        case number(Int)
        /// Text in double quotes (straight or curly), without the quotes.
        case string
        /// `,` `:` `(` `)` `{` `}` `=` `!=` `<` `<=` `>` `>=` or any other single character.
        case symbol
    }

    /// The word lowercased, the string's content, or the symbol.
    let text: String
    let kind: Kind
    // Where it is, quotes included, as numbers rather than a `SourceRange` of its own (which
    // held the file's name): a token is made for every word of every instruction line, and
    // its range is wanted only for a name or a diagnostic (docs/performance.md, "Compile, eleventh round").
    /// The line number.
    private let lineNumber: Int32
    /// The column (1-based, in Characters) where it starts.
    private let column: Int32
    /// How many Characters it covers (at least 1).
    private let length: Int32

    /// A token at a Character offset within the content of `line`, `length` Characters long.
    init(kind: Kind, text: String, line: Line, at offset: Int, length: Int) {
        self.kind = kind
        self.text = text
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

    func isWord(_ word: String) -> Bool { kind == .word && text == word }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

    var description: String {
        switch kind {
        case .string: "\"\(text)\""
        default: text
        }
    }
}
