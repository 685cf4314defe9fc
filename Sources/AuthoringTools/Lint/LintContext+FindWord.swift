import StoryCompiler
import StoryModel

extension LintContext {
    /// What `findOnePlainWord` decided: the place, or nil when the word is on none of the lines.
    struct FoundWord {
        let range: SourceRange?
    }

    /// `find([word], …)` for a word whose bytes, ASCII capitals lowered, are all word bytes (letters,
    /// digits, `-`, `_`), as the noun rules ask: a plain ASCII line is searched on its bytes for the
    /// word standing whole, without the arrays of the words and of the line's tokens `find` makes
    /// (about 7,000 instructions a warning at N = 5,000; docs/performance.md, "Compile, twentieth
    /// round"); any other line is read as `find` reads it. Nil for any other word, which `find`
    /// reads itself. The same answers as `find`.
    func findOnePlainWord(_ word: String, in file: String?, lines: ClosedRange<Int>?, skippingDeclarations: Bool,
                          instructionsOnly: Bool) -> FoundWord? {
        var word = word
        return word.withUTF8 { wanted -> FoundWord? in
            guard !wanted.isEmpty else { return nil }
            for byte in wanted where !Self.isTokenByte(Self.lowered(byte)) { return nil }
            for name in sources.fileNames where file == nil || name == file {
                let range = lines ?? 1...max(1, sources.lineCount(of: name))
                let textLines = instructionsOnly ? textLikeLines[name] ?? [] : []
                guard let table = sources.lineTable(of: name) else { continue }
                var text = table.text
                let found = text.withUTF8 { bytes -> (line: Int, column: Int)? in
                    for number in range {
                        if number >= 1, number <= table.plainASCII.count, table.plainASCII[number - 1] {
                            if textLines.contains(number) { continue }
                            let start = number == 1 ? 0 : table.ends[number - 2] + 1
                            var end = table.ends[number - 1]
                            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                            if let column = Self.column(ofWord: wanted, in: UnsafeBufferPointer(rebasing: bytes[start..<end]),
                                                        skippingDeclarations: skippingDeclarations, instructionsOnly: instructionsOnly) {
                                return (number, column)
                            }
                            continue
                        }
                        // Any other line as `find` reads it.
                        guard let line = sources.line(number, of: name) else { break }
                        if textLines.contains(number) || (instructionsOnly && line.drop(while: \.isWhitespace).first == "\\") { continue }
                        if skippingDeclarations, Self.declarationKeywords.contains(Self.firstWord(of: line)) { continue }
                        let lowered = String(decoding: wanted.map(Self.lowered), as: UTF8.self)
                        if let column = Self.column(of: [lowered], in: line) { return (number, column) }
                    }
                    return nil
                }
                if let found {
                    return FoundWord(range: SourceRange(start: SourceLocation(file: name, line: found.line, column: found.column),
                                                        length: wanted.count))
                }
            }
            return FoundWord(range: nil)
        }
    }

    /// `findOnBytes` of one word (its bytes all word bytes, compared with capitals lowered) on a
    /// plain ASCII line: the column (from 1) of the first token that is the word, or nil.
    static func column(ofWord word: UnsafeBufferPointer<UInt8>, in line: UnsafeBufferPointer<UInt8>, skippingDeclarations: Bool,
                       instructionsOnly: Bool) -> Int? {
        if skips(line, skippingDeclarations: skippingDeclarations, instructionsOnly: instructionsOnly) { return nil }
        let count = line.count, length = word.count
        let first = lowered(word[0])
        var index = 0
        while index < count {
            // The start of the next token.
            guard isTokenByte(line[index]) else {
                index += 1
                continue
            }
            let start = index
            if lowered(line[start]) == first, start + length <= count {
                var offset = 1
                while offset < length, lowered(line[start + offset]) == lowered(word[offset]) { offset += 1 }
                if offset == length, start + length == count || !isTokenByte(line[start + length]) { return start + 1 }
            }
            // Past the token.
            index += 1
            while index < count, isTokenByte(line[index]) { index += 1 }
        }
        return nil
    }

    /// A byte of a token `find` compares: a letter, a digit, `-` or `_`.
    @inline(__always)
    static func isTokenByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
    }

    /// An ASCII capital lowered, any other byte kept.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
