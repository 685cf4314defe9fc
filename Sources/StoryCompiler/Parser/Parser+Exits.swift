import StoryModel

extension Parser {
    /// Parses `exit WAY [or "…"] to SCENE ["summary"]` and its block (`only if`, travel text).
    mutating func parseExit(_ line: Line) -> ExitSyntax? {
        var cursor = makeCursor(for: line, skippingWords: 1)
        let example = "exit east to kuehren, or exit \"cross the river\" to lorenzkirch"
        var way: ExitSyntax.Way
        guard let first = cursor.next() else {
            error(.unknownDirection, "expected a direction or a quoted way after 'exit'", at: cursor.here,
                  help: "write it like this: \(example)")
            return nil
        }
        if first.kind == .string {
            let text = cursor.text(of: first)
            var phrases = [Self.phraseWords(text)]
            var label = text
            while cursor.accept("or") {
                guard let more = cursor.next(), more.kind == .string else {
                    error(.expectedTitle, "expected another quoted way after 'or'", at: cursor.here)
                    return nil
                }
                let text = cursor.text(of: more)
                phrases.append(Self.phraseWords(text))
                if label.isEmpty { label = text }
            }
            guard phrases.allSatisfy({ !$0.isEmpty }) else {
                error(.expectedTitle, "a named way needs words the player can type", at: range(of: first))
                return nil
            }
            way = .named(phrases, label: label)
        } else if first.isWord, let direction = cursor.words.direction(first.value) {
            way = .direction(direction)
        } else {
            let names = Direction.allCases.map(\.rawValue)
            let text = cursor.text(of: first)
            error(.unknownDirection, "'\(text)' is not a direction", at: range(of: first),
                  suggestions: EditDistance.suggestions(for: text, among: names),
                  help: "use north, northeast, east, southeast, south, southwest, west, northwest, up, down, in or out, or put a named way in quotes: exit \"cross the river\" to lorenzkirch")
            return nil
        }
        guard expectWord("to", &cursor, example: example), let target = expectName(&cursor, for: "the scene it leads to") else {
            return nil
        }
        let summary = optionalTitle(&cursor)
        var exit = ExitSyntax(way: way, target: target, summary: summary, range: line.wholeRange)
        if cursor.accept("only") {
            _ = expectWord("if", &cursor, example: "exit east to kuehren only if holding orders")
            exit.guardClause = parseGuardTail(&cursor, line: line)
        } else if let token = cursor.peek, cursor.isWord(token, "if") {
            // `exit in to church if sat` (a blind author, session 36, read "unexpected 'if' … put
            // the text in quotes"): the guard is `only if`, read as it.
            error(.unexpectedWords, "an exit's condition is written 'only if', not 'if'", at: range(of: token),
                  help: "write 'only if' in its place, on this line or on the line below the exit")
            _ = cursor.next()
            exit.guardClause = parseGuardTail(&cursor, line: line)
        } else {
            expectEnd(cursor, after: "the exit")
        }
        lexer.recycle(&cursor)
        let body = parseResponse(line.children)
        if let guardClause = body.guardClause {
            if exit.guardClause != nil {
                error(.unexpectedWords, "this exit has two conditions", at: line.wholeRange,
                      help: "combine them with 'and' in one condition")
            }
            exit.guardClause = guardClause
        }
        exit.travel = body.effects
        return exit
    }

    /// The lowercased words of a phrase the player types, without articles.
    /// `phraseWords` of ASCII bytes, in one pass: runs of word bytes, lowercased, without the articles.
    static func asciiPhraseWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        // A name or phrase has a few words: room for them at once, not grown word by word.
        words.reserveCapacity(min(bytes.count / 2 + 1, 8))
        var index = 0
        while index < bytes.count {
            guard Lexer.isASCIIWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            var hasCapital = false
            while index < bytes.count, Lexer.isASCIIWordByte(bytes[index]) {
                if bytes[index] >= 0x41 && bytes[index] <= 0x5A { hasCapital = true }
                index += 1
            }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            // The articles left out on the bytes, before a `String` is made for them.
            if isArticle(word) { continue }
            // A short word (nearly every one) made in place (`SmallASCII`), lowered on the way when
            // it has a capital: `String(decoding:as:)` checked it as UTF-8 again, some 150
            // instructions a word (compile round of session 29).
            if let small = hasCapital ? loweredSmallASCII(word) : SmallASCII.string(word) {
                words.append(small)
                continue
            }
            let text = hasCapital
                ? String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
                : String(decoding: word, as: UTF8.self)
            words.append(text)
        }
        return words
    }

    /// `SmallASCII.string` of the bytes with ASCII capitals lowercased; nil when that gives nil.
    @inline(__always)
    private static func loweredSmallASCII(_ word: UnsafeBufferPointer<UInt8>) -> String? {
        let count = word.count
        guard count > 0, count <= 15 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { lowered -> String? in
            for index in 0..<count {
                let byte = word[index]
                lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return SmallASCII.string(UnsafeBufferPointer(rebasing: lowered[0..<count]))
        }
    }

    /// Whether ASCII word bytes are "the", "a" or "an" in any case.
    @inline(__always)
    private static func isArticle(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch word.count {
        case 1: return word[0] | 0x20 == 0x61
        case 2: return word[0] | 0x20 == 0x61 && word[1] | 0x20 == 0x6E
        case 3: return word[0] | 0x20 == 0x74 && word[1] | 0x20 == 0x68 && word[2] | 0x20 == 0x65
        default: return false
        }
    }

    static func phraseWords(_ phrase: String) -> [String] {
        // ASCII (almost every phrase and name): the same words, found on the bytes, and the
        // bytes checked on the buffer, not through the UTF-8 view's generic `contains`.
        var bytes = phrase
        if let words = bytes.withUTF8({ ByteScan.isASCII($0) ? asciiPhraseWords($0) : nil }) { return words }
        return phrase.lowercased()
            .split(whereSeparator: { !Lexer.isWordCharacter($0) })
            .map(String.init)
            .filter { !["the", "a", "an"].contains($0) }
    }
}
