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
                    // The run of plain characters up to the next quote mark or backslash, appended at
                    // once and found in the UTF-8 bytes (Character by Character was a hot spot).
                    let end = Self.nextQuoteOrBackslash(in: text, after: index)
                    let run = text[index..<end]
                    content += run
                    offset += run.utf8.allSatisfy { $0 < 0x80 } ? run.utf8.count : run.count
                    index = end
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
        // ASCII first: Unicode properties cost far more than a range check.
        if c.isASCII, let ascii = c.asciiValue {
            return (0x61...0x7A).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x30...0x39).contains(ascii)
                || ascii == 0x2D || ascii == 0x5F || ascii == 0x27
        }
        return c.isLetter || c.isNumber || c == "’"
    }

    /// The index of the first `"`, `“`, `”` or backslash after the Character at `index`, or the end.
    private static func nextQuoteOrBackslash(in text: Substring, after index: Substring.Index) -> Substring.Index {
        let utf8 = text.utf8
        var position = text.index(after: index)
        while position < utf8.endIndex {
            let byte = utf8[position]
            if byte == 0x22 || byte == 0x5C { return position }
            if byte == 0xE2 {
                // “ and ” are E2 80 9C and E2 80 9D.
                var next = utf8.index(after: position)
                if next < utf8.endIndex, utf8[next] == 0x80 {
                    utf8.formIndex(after: &next)
                    if next < utf8.endIndex, utf8[next] == 0x9C || utf8[next] == 0x9D { return position }
                }
            }
            utf8.formIndex(after: &position)
        }
        return utf8.endIndex
    }
}
