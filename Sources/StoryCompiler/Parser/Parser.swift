import StoryModel

/// Turns the outline of one story file into a syntax tree, reporting every problem it finds.
///
/// The parser works line by line: it never stops at the first mistake, but reports it and goes on
/// with the next line. Its work is split by grammar area into `Parser+*.swift` files.
struct Parser {
    let file: SourceFileName
    var diagnostics: [Diagnostic] = []
    /// The lines given a `keyword-in-sentence` warning, true where the text above stops
    /// mid-sentence: a detail given twice where one is such a line is an error (`warnIfRepeated`).
    var keywordInSentenceLines: [Int: Bool] = [:]
    var tree = SyntaxTree()
    var lexer = Lexer()
    /// The keyword of each line read as an instruction, so an error on such a line can say how
    /// the line was read (`instructionKeyword(atLine:)`): by line number less `instructionBase`,
    /// the first line of the block being parsed, in an array rather than a dictionary that hashed
    /// every instruction's line number (docs/performance.md, "Compile, fourteenth round").
    private(set) var instructionKeywords: [String?] = []
    private(set) var instructionBase = 0
    /// The item arrays of blocks already read (`recycle(_:)`), emptied, for the next blocks'
    /// items (`items(of:in:)`): one array was allocated and freed for every scene, thing and
    /// top-level line (docs/performance.md, "Compile, nineteenth round").
    private var spareItems: [[BlockItem]] = []
    /// The deepest nesting of conditions accepted.
    static let maximumNesting = 64

    init(file: SourceFileName) {
        self.file = file
    }

    /// Parses one top-level line and the lines under it, as `LineReader` hands them over.
    mutating func parse(root line: Line) {
        instructionBase = line.number
        parseTopLevel(line)
        // An error names the instruction its line was read as only while its own block is
        // parsed, so the table holds one block's lines, not the whole file's.
        instructionKeywords.removeAll(keepingCapacity: true)
    }

    /// A spare array for a block's items, empty (`items(of:in:)`).
    mutating func spareItemArray() -> [BlockItem] {
        spareItems.popLast() ?? []
    }

    /// Hands a block's items back once they are read, leaving `items` empty: the next block's
    /// items are made in its storage.
    mutating func recycle(_ items: inout [BlockItem]) {
        guard items.capacity > 0 else { return }
        items.removeAll(keepingCapacity: true)
        spareItems.append(items)
        items = []
    }

    /// Notes that a line was read as the instruction `keyword`.
    mutating func noteInstruction(_ keyword: String, atLine line: Int) {
        if line < instructionBase {
            // A line above the block's first (none as `parse(root:)` hands them over): the table moves down.
            instructionKeywords.insert(contentsOf: repeatElement(nil, count: instructionBase - line), at: 0)
            instructionBase = line
        }
        let index = line - instructionBase
        // Nearly always the next line, or a few further: appended one by one.
        while instructionKeywords.count <= index { instructionKeywords.append(nil) }
        instructionKeywords[index] = keyword
    }

    /// The keyword a line was read as, if it was read as an instruction in the block being parsed.
    func instructionKeyword(atLine line: Int) -> String? {
        let index = line - instructionBase
        return index >= 0 && index < instructionKeywords.count ? instructionKeywords[index] : nil
    }

    /// The syntax tree of the lines parsed so far, with the lexer's diagnostics added.
    mutating func finish() -> SyntaxTree {
        diagnostics += lexer.diagnostics
        return tree
    }

    // MARK: Diagnostics

    mutating func error(_ code: DiagnosticCode, _ message: String, at range: SourceRange?,
                        suggestions: [String] = [], help: String? = nil, notes: [Diagnostic.Note] = []) {
        var help = help, notes = notes
        if Self.codesThatMayBeMisreadText.contains(code), let range, range.start.fileName == file,
           let keyword = instructionKeyword(atLine: range.start.line) {
            // Right under text that stops mid-sentence, a capital letter would change the sentence.
            let reading = keywordInSentenceLines[range.start.line] == true
                ? "this line was read as the instruction '\(keyword)'; if it continues the text above, start it with a backslash (\\)"
                : "this line was read as the instruction '\(keyword)'; if it is text, start it with a capital letter or a backslash (\\)"
            if help == nil { help = reading } else { notes.append(Diagnostic.Note(reading, at: nil)) }
        }
        diagnostics.append(Diagnostic(.error, code, message, at: range, notes: notes, suggestions: suggestions, help: help))
    }

    /// Errors that text wrongly read as an instruction would cause, so they say how the line was read.
    static let codesThatMayBeMisreadText: Set<DiagnosticCode> = [
        .unexpectedWords, .expectedWord, .expectedName, .expectedTitle, .expectedNumber, .expectedCondition,
        .unknownDirection, .unterminatedString,
    ]

    mutating func warning(_ code: DiagnosticCode, _ message: String, at range: SourceRange?, help: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code, message, at: range, help: help))
    }

    // MARK: Tokens

    /// Where a token of this file is.
    func range(of token: Token) -> SourceRange { token.range(in: file) }

    mutating func makeCursor(for line: Line, skippingWords count: Int = 0) -> TokenCursor {
        var cursor = lexer.cursor(of: line.text, line: line, plain: line.isPlainASCII)
        for _ in 0..<count { _ = cursor.next() }
        return cursor
    }

    /// Reports words left over at the end of an instruction.
    /// `what` is made only for the error: an interpolated name of the instruction cost some 600
    /// instructions on every line (docs/performance.md, "Compile, seventeenth round").
    mutating func expectEnd(_ cursor: TokenCursor, after what: @autoclosure () -> String) {
        guard let extra = cursor.peek else { return }
        let last = cursor.tokens[cursor.tokens.count - 1]
        error(.unexpectedWords, "unexpected '\(cursor.description(of: extra))' after \(what())",
              at: SourceRange(start: range(of: extra).start, length: last.endColumn - extra.startColumn),
              help: "remove these words, or put the text in quotes")
    }

    /// Reads an id, reporting a clear error when something else is there.
    mutating func expectName(_ cursor: inout TokenCursor, for what: String) -> Name? {
        guard let token = cursor.peek, token.isWord else {
            let found = cursor.peek.map { "'\(cursor.description(of: $0))'" } ?? "nothing"
            error(.expectedName, "expected the id of \(what) here, but found \(found)", at: cursor.here,
                  help: "an id is one word of letters, digits and hyphens, such as 'green-flare'")
            return nil
        }
        _ = cursor.next()
        return Name(text: cursor.text(of: token), range: range(of: token))
    }

    /// Reads an optional quoted title.
    mutating func optionalTitle(_ cursor: inout TokenCursor) -> String? {
        guard let token = cursor.peek, token.kind == .string else { return nil }
        _ = cursor.next()
        return cursor.text(of: token)
    }

    /// Reads a number, reporting an error when something else is there.
    mutating func expectNumber(_ cursor: inout TokenCursor, for what: String) -> Int? {
        guard let token = cursor.peek, case .number(let value) = token.kind else {
            let found = cursor.peek.map { "'\(cursor.description(of: $0))'" } ?? "nothing"
            error(.expectedNumber, "expected a whole number for \(what), but found \(found)", at: cursor.here)
            return nil
        }
        _ = cursor.next()
        return value
    }

    /// Consumes a required word such as `to` or `at`.
    mutating func expectWord(_ word: String, _ cursor: inout TokenCursor, example: String) -> Bool {
        if cursor.accept(word) { return true }
        let found = cursor.peek.map { "'\(cursor.description(of: $0))'" } ?? "the end of the line"
        error(.expectedWord, "expected '\(word)' here, but found \(found)", at: cursor.here, help: "write it like this: \(example)")
        return false
    }

    /// The text after the first word of a line (and after a following `:`), for keywords that take
    /// the rest of the line, without surrounding quotes.
    func restOfLine(_ line: Line, afterWords count: Int = 1) -> (text: Substring, offset: Int) {
        if let ascii = Self.asciiRestOfLine(line.text, afterWords: count, plain: line.isPlainASCII) { return ascii }
        var text = line.text[...]
        var offset = 0
        for _ in 0..<count {
            let word = text.prefix(while: { !$0.isWhitespace && $0 != ":" })
            text = text.dropFirst(word.count)
            offset += word.count
            let gap = text.prefix(while: { $0.isWhitespace || $0 == ":" })
            text = text.dropFirst(gap.count)
            offset += gap.count
        }
        if text.count >= 2, let first = text.first, let last = text.last,
           "\"“".contains(first), "\"”".contains(last) {
            return (text.dropFirst().dropLast(), offset + 1)
        }
        return (text, offset)
    }

    /// `restOfLine` for a line of ASCII without a carriage return (almost every line), on its
    /// bytes: there a byte is a Character, white space is a tab to a carriage return or a space,
    /// and the only quote mark is the straight one. Nil for any other line.
    /// `plain`: the text is known to be ASCII without a carriage return (`Line.isPlainASCII`).
    static func asciiRestOfLine(_ line: Substring, afterWords count: Int, plain: Bool = false) -> (text: Substring, offset: Int)? {
        // On the contiguous bytes: the generic `contains(where:)` and index steps of the UTF-8
        // view cost about 1,500 instructions for a line such as `nouns key`. A line that is not
        // contiguous (never, for a file's text) is left to `restOfLine`'s Character path.
        let found = line.utf8.withContiguousStorageIfAvailable { bytes -> (offset: Int, quoted: Bool)? in
            guard plain || ByteScan.isPlainASCII(bytes) else { return nil }
            func isGap(_ byte: UInt8) -> Bool { (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 || byte == 0x3A }
            var index = 0
            for _ in 0..<count {
                while index < bytes.count, !isGap(bytes[index]) { index += 1 }
                while index < bytes.count, isGap(bytes[index]) { index += 1 }
            }
            let quoted = bytes.count - index >= 2 && bytes[index] == 0x22 && bytes[bytes.count - 1] == 0x22
            return (index, quoted)
        }
        guard let cut = found ?? nil else { return nil }
        let utf8 = line.utf8
        let start = utf8.index(line.startIndex, offsetBy: cut.offset)
        if cut.quoted {
            return (line[utf8.index(after: start)..<utf8.index(before: line.endIndex)], cut.offset + 1)
        }
        return (line[start...], cut.offset)
    }

    /// The plain text after the first word(s), as a single string.
    func restString(_ line: Line, afterWords count: Int = 1) -> String? {
        let text = restOfLine(line, afterWords: count).text
        return text.isEmpty ? nil : String(text)
    }
}
