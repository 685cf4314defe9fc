import StoryModel

/// Splits the content of an instruction line into tokens.
///
/// Words are runs of letters (any alphabet), digits, `-`, `_` and `'`; they are lowercased.
/// Strings are in straight (`"…"`) or curly (`“…”`) double quotes. An unterminated string is
/// reported and ends at the end of the line.
struct Lexer {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func tokens(of text: Substring, line: Line, startOffset: Int = 0) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        var offset = startOffset
        func advance() {
            index = text.index(after: index)
            offset += 1
        }
        while index < text.endIndex {
            let c = text[index]
            if c == " " || c == "\t" { advance(); continue }
            let startOffset = offset
            if c == "\"" || c == "“" || c == "”" {
                advance()
                var content = ""
                var closed = false
                while index < text.endIndex {
                    let d = text[index]
                    if d == "\"" || d == "”" || d == "“" { advance(); closed = true; break }
                    if d == "\\", text.index(after: index) < text.endIndex {
                        advance()
                        content.append(text[index])
                        advance()
                        continue
                    }
                    content.append(d)
                    advance()
                }
                if !closed {
                    diagnostics.append(Diagnostic(.error, .unterminatedString,
                        "this text has no closing quote mark", at: line.range(at: startOffset, length: offset - startOffset),
                        help: "add a \" at the end of the text"))
                }
                tokens.append(Token(kind: .string, text: content, range: line.range(at: startOffset, length: offset - startOffset)))
            } else if Self.isWordCharacter(c) {
                var word = ""
                while index < text.endIndex, Self.isWordCharacter(text[index]) {
                    word.append(text[index])
                    advance()
                }
                let range = line.range(at: startOffset, length: offset - startOffset)
                if let value = Int(word), word.first != "-" || word.count > 1 {
                    tokens.append(Token(kind: .number(value), text: word, range: range))
                } else {
                    tokens.append(Token(kind: .word, text: word.lowercased(), range: range))
                }
            } else {
                var symbol = String(c)
                advance()
                if index < text.endIndex, text[index] == "=", "<>!".contains(c) {
                    symbol.append("=")
                    advance()
                }
                tokens.append(Token(kind: .symbol, text: symbol, range: line.range(at: startOffset, length: symbol.count)))
            }
        }
        return tokens
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-" || c == "_" || c == "'" || c == "’"
    }
}
