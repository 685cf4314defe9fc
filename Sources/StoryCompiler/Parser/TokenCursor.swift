import StoryModel

/// Walks the tokens of one instruction line, and makes their texts from the bytes it read.
struct TokenCursor {
    private(set) var tokens: [Token]
    let line: Line
    /// The text the tokens were read from: the line's content, or a part of it (a `{…}` tag,
    /// a quoted command).
    let source: Substring
    /// The parser's words (and the contents of quoted texts with escapes), by the numbers the
    /// tokens carry.
    let words: WordTable
    private(set) var position = 0

    init(tokens: [Token], line: Line, source: Substring, words: WordTable) {
        self.tokens = tokens
        self.line = line
        self.source = source
        self.words = words
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
        guard let token = peek, isWord(token, word) else { return false }
        position += 1
        return true
    }

    /// Consumes the symbol if it is next.
    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard let token = peek, isSymbol(token, symbol) else { return false }
        position += 1
        return true
    }

    /// The remaining tokens.
    var rest: ArraySlice<Token> { tokens[min(position, tokens.count)...] }

    mutating func skipToEnd() { position = tokens.count }

    /// Hands over the token array, leaving the cursor with none (at its end), so the lexer can
    /// reuse the array's storage for the next line (`Lexer.recycle(_:)`).
    mutating func takeTokens() -> [Token] {
        var taken: [Token] = []
        swap(&taken, &tokens)
        position = 0
        return taken
    }

    // MARK: Texts

    /// Whether the token is the word `word` (lowercase).
    func isWord(_ token: Token, _ word: String) -> Bool {
        token.kind == .word && words.word(token.value, is: word)
    }

    /// Whether the token is the symbol `symbol`: for an ASCII symbol, its bytes as one number
    /// (`Token.symbolCode`), compared without reading the text.
    func isSymbol(_ token: Token, _ symbol: String) -> Bool {
        guard token.kind == .symbol, Int(token.byteCount) == symbol.utf8.count else { return false }
        if token.value >= 0 { return token.value == Token.symbolCode(symbol) }
        let start = source.utf8.index(source.startIndex, offsetBy: Int(token.byteStart))
        return source.utf8[start...].starts(with: symbol.utf8)
    }

    /// The text of the line from `first` to the end of `last` as typed (case and spaces kept).
    func typedText(from first: Token, to last: Token) -> String {
        let utf8 = source.utf8
        let start = utf8.index(source.startIndex, offsetBy: Int(first.byteStart))
        let end = utf8.index(source.startIndex, offsetBy: Int(last.byteStart) + Int(last.byteCount))
        return String(source[start..<end])
    }

    /// The word lowercased, the string's content, the number's digits or the symbol.
    func text(of token: Token) -> String {
        switch token.kind {
        case .word:
            return words.spelling(token.value)
        case .string where token.value >= 0:
            return words.text(token.value)
        default:
            // The bytes are whole Characters' (cut at ASCII bytes or Character boundaries): made
            // from the contiguous bytes, without stepping the UTF-8 view's indices.
            var bytes = source
            let first = Int(token.byteStart), past = first + Int(token.byteCount)
            // A short ASCII text (a title, a name) made in place (`SmallASCII`, session 29).
            if let made = bytes.withUTF8({ all -> String? in
                guard past <= all.count else { return nil }
                let part = UnsafeBufferPointer(rebasing: all[first..<past])
                return SmallASCII.string(part) ?? String(decoding: part, as: UTF8.self)
            }) {
                return made
            }
            let utf8 = source.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: Int(token.byteStart))
            let end = utf8.index(start, offsetBy: Int(token.byteCount))
            return String(source[start..<end])
        }
    }

    /// The token as a diagnostic quotes it: a string in straight quote marks.
    func description(of token: Token) -> String {
        token.kind == .string ? "\"\(text(of: token))\"" : text(of: token)
    }
}
