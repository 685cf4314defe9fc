import StoryModel

/// Walks the tokens of one instruction line.
struct TokenCursor {
    let tokens: [Token]
    let line: Line
    private(set) var position = 0

    init(tokens: [Token], line: Line) {
        self.tokens = tokens
        self.line = line
    }

    var isAtEnd: Bool { position >= tokens.count }
    var peek: Token? { position < tokens.count ? tokens[position] : nil }
    var peekNext: Token? { position + 1 < tokens.count ? tokens[position + 1] : nil }

    /// Where the next token is, or the end of the line when there is none.
    var here: SourceRange {
        peek?.range(in: line.file) ?? line.range(at: line.characterCount, length: 1)
    }

    mutating func next() -> Token? {
        defer { position += 1 }
        return peek
    }

    /// Consumes the word if it is next.
    mutating func accept(_ word: String) -> Bool {
        guard peek?.isWord(word) == true else { return false }
        position += 1
        return true
    }

    /// Consumes the symbol if it is next.
    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard peek?.isSymbol(symbol) == true else { return false }
        position += 1
        return true
    }

    /// The remaining tokens.
    var rest: ArraySlice<Token> { tokens[min(position, tokens.count)...] }

    mutating func skipToEnd() { position = tokens.count }
}
