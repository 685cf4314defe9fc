import StoryModel

/// Splits the content of an instruction line into tokens.
///
/// Words are runs of letters (any alphabet), digits, `-`, `_` and `'`; they are lowercased.
/// Strings are in straight (`"…"`) or curly (`“…”`) double quotes. An unterminated string is
/// reported and ends at the end of the line.
///
/// A token is numbers only (`Token`): where its text is in `text`'s bytes and, for a word, its
/// number in `words`; the lexer makes a `String` only for a new word and for a string whose
/// content is not its bytes as written.
struct Lexer {
    private(set) var diagnostics: [Diagnostic] = []
    /// The words read so far.
    let words = WordTable()
    /// The token array of a cursor the parser is done with (`recycle(_:)`), whose storage the next
    /// line's tokens reuse: an array allocated and freed for every instruction line was about
    /// 350 instructions of each (docs/performance.md, "Compile, seventeenth round").
    private var spareTokens: [Token] = []

    /// Keeps the cursor's token array for the next line's tokens, leaving the cursor with none.
    /// Called when the parser has read the last of a cursor's tokens; if a copy of the cursor is
    /// still alive, its array is simply not reused in place.
    mutating func recycle(_ cursor: inout TokenCursor) {
        spareTokens = cursor.takeTokens()
    }

    /// The tokens of `text`, the content of `line` from Character `startOffset` on, ready to walk.
    /// `plain`: `text` is known to be ASCII without a carriage return (`Line.isPlainASCII` of the
    /// line it is the whole content of), so it is not scanned for that again.
    mutating func cursor(of text: Substring, line: Line, startOffset: Int = 0, plain: Bool = false) -> TokenCursor {
        var found = asciiTokens(of: text, line: line, startOffset: startOffset, plain: plain)
        if found == nil { found = characterTokens(of: text, line: line, startOffset: startOffset) }
        return TokenCursor(tokens: found ?? [], line: line, source: text, words: words)
    }

    /// The tokens of any line, read Character by Character.
    private mutating func characterTokens(of text: Substring, line: Line, startOffset: Int) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        var offset = startOffset
        func advance() {
            index = text.index(after: index)
            offset += 1
        }
        /// The byte offset of an index within `text`.
        func byte(_ index: Substring.Index) -> Int { text.utf8.distance(from: text.startIndex, to: index) }
        while index < text.endIndex {
            let c = text[index]
            if c == " " || c == "\t" { advance(); continue }
            let startOffset = offset
            let startIndex = index
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
                tokens.append(Token(kind: .string, value: words.keep(content), bytes: byte(startIndex)..<byte(index),
                                    line: line, at: startOffset, length: offset - startOffset))
            } else if Self.isWordCharacter(c) {
                var word = ""
                if let end = Self.asciiWordEnd(in: text, from: index) {
                    word = String(text[index..<end])
                    offset += text.utf8.distance(from: index, to: end)
                    index = end
                }
                while index < text.endIndex, Self.isWordCharacter(text[index]) {
                    word.append(text[index])
                    advance()
                }
                let length = offset - startOffset
                let bytes = byte(startIndex)..<byte(index)
                if let value = Int(word), word.first != "-" || word.count > 1 {
                    tokens.append(Token(kind: .number(value), bytes: bytes, line: line, at: startOffset, length: length))
                } else {
                    tokens.append(Token(kind: .word, value: words.number(of: word.lowercased()), bytes: bytes,
                                        line: line, at: startOffset, length: length))
                }
            } else {
                var count = 1
                advance()
                if index < text.endIndex, text[index] == "=", "<>!".contains(c) {
                    count += 1
                    advance()
                }
                tokens.append(Token(kind: .symbol, bytes: byte(startIndex)..<byte(index), line: line, at: startOffset, length: count))
            }
        }
        return tokens
    }

    /// The same tokens (and diagnostics) as `characterTokens(of:line:startOffset:)` for a line of
    /// ASCII without a carriage return, the usual line, read on its bytes: there each byte is a
    /// Character, and the only quote mark is the straight one. Nil for any other line.
    private mutating func asciiTokens(of text: Substring, line: Line, startOffset: Int, plain: Bool) -> [Token]? {
        let words = words
        var tokens: [Token] = []
        swap(&tokens, &spareTokens)
        // In place when no cursor holds it any more; otherwise a new array of its capacity.
        tokens.removeAll(keepingCapacity: true)
        var unterminated: SourceRange?
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard plain || ByteScan.isPlainASCII(bytes) else { return false }
            let count = bytes.count
            // Room for the tokens of nearly any line, reserved once: the array is handed back
            // (`recycle(_:)`) and reused, so a short line no longer leaves it too small for the
            // next long one (docs/performance.md, "Compile, nineteenth round").
            if tokens.capacity < 24 { tokens.reserveCapacity(24) }
            var i = 0
            while i < count {
                let c = bytes[i]
                if c == 0x20 || c == 0x09 { i += 1; continue }
                let start = i
                if c == 0x22 {
                    i += 1
                    // Text without a backslash, the usual one, is its bytes in place; only an
                    // escape needs the content gathered.
                    var end = i
                    while end < count, bytes[end] != 0x22, bytes[end] != 0x5C { end += 1 }
                    var closed = false
                    if end == count || bytes[end] == 0x22 {
                        let content = i..<end
                        closed = end < count
                        i = closed ? end + 1 : end
                        if !closed { unterminated = line.range(at: startOffset + start, length: i - start) }
                        tokens.append(Token(kind: .string, bytes: content, line: line, at: startOffset + start, length: i - start))
                    } else {
                        var content: [UInt8] = []
                        while i < count {
                            let d = bytes[i]
                            if d == 0x22 { i += 1; closed = true; break }
                            if d == 0x5C, i + 1 < count {
                                content.append(bytes[i + 1])
                                i += 2
                                continue
                            }
                            var end = i + 1
                            while end < count, bytes[end] != 0x22, bytes[end] != 0x5C { end += 1 }
                            content.append(contentsOf: bytes[i..<end])
                            i = end
                        }
                        let kept = words.keep(String(decoding: content, as: UTF8.self))
                        if !closed { unterminated = line.range(at: startOffset + start, length: i - start) }
                        tokens.append(Token(kind: .string, value: kept, bytes: start..<i, line: line,
                                            at: startOffset + start, length: i - start))
                    }
                } else if Self.isASCIIWordByte(c) {
                    while i < count, Self.isASCIIWordByte(bytes[i]) { i += 1 }
                    if c == 0x2D || (c >= 0x30 && c <= 0x39), let value = Self.number(in: bytes, start..<i) {
                        tokens.append(Token(kind: .number(value), bytes: start..<i, line: line, at: startOffset + start, length: i - start))
                    } else {
                        let number = words.number(of: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                        tokens.append(Token(kind: .word, value: number, bytes: start..<i, line: line, at: startOffset + start, length: i - start))
                    }
                } else {
                    i += 1
                    var code = Int32(c)
                    if i < count, bytes[i] == 0x3D, c == 0x3C || c == 0x3E || c == 0x21 {
                        code |= 0x3D << 8
                        i += 1
                    }
                    tokens.append(Token(kind: .symbol, value: code, bytes: start..<i, line: line, at: startOffset + start, length: i - start))
                }
            }
            return true
        }
        guard read == true else {
            spareTokens = tokens
            return nil
        }
        if let range = unterminated {
            diagnostics.append(Diagnostic(.error, .unterminatedString, "this text has no closing quote mark", at: range,
                                          help: "add a \" at the end of the text"))
        }
        return tokens
    }

    /// The value of a run of word bytes that `Int(_:)` reads as a whole number (an optional `-`
    /// and at least one digit, in range), or nil.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        let negative = bytes[index] == 0x2D
        if negative { index += 1 }
        guard index < range.upperBound else { return nil }
        var value = 0
        while index < range.upperBound {
            let digit = Int(bytes[index]) - 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflow && !overflow2 else { return nil }
            value = next
            index += 1
        }
        return value
    }

    /// A letter, digit, `-`, `_` or `'` in ASCII: `isWordCharacter` of a one-byte Character.
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x5F || byte == 0x27
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        // ASCII first: Unicode properties cost far more than a range check.
        if c.isASCII, let ascii = c.asciiValue {
            return (0x61...0x7A).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x30...0x39).contains(ascii)
                || ascii == 0x2D || ascii == 0x5F || ascii == 0x27
        }
        return c.isLetter || c.isNumber || c == "’"
    }

    /// The end of the word starting at `index` when it is a run of ASCII word characters followed by
    /// the end of the text or an ASCII byte that is not one (then each byte is a Character, found
    /// on the UTF-8 bytes); nil for anything else, which is read Character by Character.
    private static func asciiWordEnd(in text: Substring, from index: Substring.Index) -> Substring.Index? {
        let utf8 = text.utf8
        var position = index
        while position < utf8.endIndex {
            let byte = utf8[position]
            let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x5F || byte == 0x27
            if !isWord { return byte < 0x80 && position > index ? position : nil }
            utf8.formIndex(after: &position)
        }
        return position > index ? position : nil
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
