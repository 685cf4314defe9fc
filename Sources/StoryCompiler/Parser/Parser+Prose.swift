import StoryModel

extension Parser {
    /// Parses one paragraph (consecutive prose lines, joined with spaces) into text parts,
    /// turning `{if C}…{else}…{end}` into conditional parts.
    mutating func paragraph(_ lines: [Line]) -> [SyntaxTextPart] {
        if let plain = Self.plainParagraph(lines) { return plain.isEmpty ? [] : [.literal(plain)] }
        var builder = TextBuilder()
        for (index, line) in lines.enumerated() {
            if index > 0 { builder.appendLiteral(" ") }
            var text = line.text[...]
            var offset = 0
            if text.first == "\\" {
                text = text.dropFirst()
                offset = 1
            }
            scanLine(text, line: line, offset: offset, into: &builder)
            if builder.abandoned { break }
        }
        for open in builder.abandoned ? [] : builder.openTags {
            error(.unterminatedCondition, "this '{if' has no '{end}' in its paragraph", at: open,
                  help: "close it with {end} before the paragraph ends (a blank line ends a paragraph)")
        }
        return builder.finish()
    }

    /// Parses text given on an instruction line (`hint`, `here`, `say`, `else "…"`).
    mutating func inlineText(_ text: Substring, line: Line, offset: Int) -> SyntaxText {
        if Self.isPlainText(text) { return text.isEmpty ? [] : [[.literal(String(text))]] }
        var builder = TextBuilder()
        scanLine(text, line: line, offset: offset, into: &builder)
        for open in builder.openTags {
            error(.unterminatedCondition, "this '{if' has no '{end}' on its line", at: open,
                  help: "close it with {end}")
        }
        let parts = builder.finish()
        return parts.isEmpty ? [] : [parts]
    }

    /// The text of a paragraph none of whose lines holds a brace or a backslash (one at the start
    /// aside, which `paragraph` drops), the usual one: its lines joined with spaces, made at once
    /// from their bytes, as `scanLine` would append them in one run each; nil for any other. Line
    /// by line through `scanLine`, a prose line took about 2,800 instructions (Character
    /// subscripts, a `String` per run, the runs joined by copying), now a few hundred
    /// (docs/performance.md, "Compile, seventeenth round").
    static func plainParagraph(_ lines: [Line]) -> String? {
        if lines.count == 1 {
            // One line, the usual paragraph: scanned once, and its content (after a leading
            // backslash) made a `String` as the `Substring` it is, whose bytes are known to be
            // valid UTF-8, rather than written into a new `String` that checks them again (about
            // 1,000 instructions less a paragraph; docs/performance.md, "Compile, nineteenth round").
            let text = lines[0].text
            guard let count = plainContent(of: text, reading: { $0.count }) else { return nil }
            guard count > 0 else { return "" }
            let utf8 = text.utf8
            return count == utf8.count ? String(text) : String(text[utf8.index(after: utf8.startIndex)...])
        }
        var total = 0
        for line in lines {
            guard let count = plainContent(of: line.text, reading: { $0.count }) else { return nil }
            total += count
        }
        total += lines.count - 1
        guard total > 0 else { return "" }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var written = 0
            for (index, line) in lines.enumerated() {
                if index > 0 {
                    buffer[written] = 0x20
                    written += 1
                }
                _ = plainContent(of: line.text) { bytes -> Int in
                    // Copied at once (byte by byte was some 7 instructions a byte).
                    if let target = buffer.baseAddress, let source = bytes.baseAddress {
                        (target + written).initialize(from: source, count: bytes.count)
                    }
                    written += bytes.count
                    return 0
                }
            }
            return written
        }
    }

    /// Hands `body` the bytes of a prose line's content after a leading backslash (dropped when it
    /// is a Character of its own, as in `paragraph`), when they hold no brace, backslash or `[`;
    /// nil otherwise.
    private static func plainContent<T>(of text: Substring, reading body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        var text = text
        return text.withUTF8 { bytes -> T? in
            var start = 0
            if bytes.first == 0x5C {
                // A backslash with a byte beyond ASCII after it may be part of a larger Character.
                guard bytes.count == 1 || bytes[1] < 0x80 else { return nil }
                start = 1
            }
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            // `[` too: Inform's `[if …]` is reported in `scanLine` (`reportInformConditionalText`).
            guard ByteScan.firstIndex(of: UInt8(ascii: "{"), or: UInt8(ascii: "\\"), or: UInt8(ascii: "["), in: rest) == nil else { return nil }
            return body(rest)
        }
    }

    /// True when the text holds no brace, backslash or `[`, so `scanLine` would read it as one run
    /// and find no Inform-style tag.
    static func isPlainText(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { ByteScan.firstIndex(of: UInt8(ascii: "{"), or: UInt8(ascii: "\\"), or: UInt8(ascii: "["), in: $0) == nil }
    }

    /// True when every byte of the text is ASCII.
    static func isASCII(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { ByteScan.isASCII($0) } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The index of the first `{` or backslash after the Character at `index`, or the end of `text`.
    private static func nextBraceOrBackslash(in text: Substring, after index: Substring.Index) -> Substring.Index {
        let utf8 = text.utf8
        var position = text.index(after: index)
        let found = utf8[position...].withContiguousStorageIfAvailable { bytes in
            ByteScan.firstIndex(of: UInt8(ascii: "{"), or: UInt8(ascii: "\\"), in: bytes) ?? bytes.count
        }
        if let found { return utf8.index(position, offsetBy: found) }
        while position < utf8.endIndex {
            let byte = utf8[position]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "\\") { return position }
            utf8.formIndex(after: &position)
        }
        return utf8.endIndex
    }

    private mutating func scanLine(_ text: Substring, line: Line, offset startOffset: Int, into builder: inout TextBuilder) {
        if text.utf8.contains(UInt8(ascii: "[")) { reportInformConditionalText(text, line: line, offset: startOffset) }
        var index = text.startIndex
        var offset = startOffset
        while index < text.endIndex {
            let c = text[index]
            if c == "\\", let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex), next < text.endIndex,
               text[next] == "{" || text[next] == "}" {
                builder.appendLiteral(String(text[next]))
                index = text.index(after: next)
                offset += 2
                continue
            }
            guard c == "{" else {
                // The run of plain text up to the next brace or backslash, appended at once
                // (appending Character by Character copied the paragraph at every step), and
                // found in the UTF-8 bytes: braces and backslashes are ASCII.
                let end = Self.nextBraceOrBackslash(in: text, after: index)
                let run = text[index..<end]
                builder.appendLiteral(String(run))
                index = end
                offset += Self.isASCII(run) ? run.utf8.count : run.count
                continue
            }
            guard let close = text[index...].firstIndex(of: "}") else {
                error(.strayTextTag, "this '{' has no closing '}' on its line", at: line.range(at: offset, length: 1),
                      help: "write \\{ to show a brace as text")
                builder.appendLiteral(String(text[index...]))
                return
            }
            let inner = text[text.index(after: index)..<close]
            let length = text.distance(from: index, to: close) + 1
            tag(inner, line: line, offset: offset + 1, range: line.range(at: offset, length: length), into: &builder)
            if builder.abandoned { return }
            offset += length
            index = text.index(after: close)
        }
    }

    private mutating func tag(_ inner: Substring, line: Line, offset: Int, range: SourceRange, into builder: inout TextBuilder) {
        var cursor = lexer.cursor(of: inner, line: line, startOffset: offset)
        if cursor.accept("if") {
            if builder.depth >= Parser.maximumNesting {
                error(.nestingTooDeep, "conditions are nested more than \(Parser.maximumNesting) deep here", at: range,
                      help: "split the text into simpler pieces")
                builder.abandoned = true
                return
            }
            let condition = parseCondition(&cursor) ?? .flag(Name(text: "", range: range))
            expectEnd(cursor, after: "the condition")
            builder.open(condition, at: range)
        } else if cursor.accept("else") {
            // `{else if C}` is `{else}{if C}` closed by the same `{end}`, as `else if` in a body
            // (a blind author's Vesuvius was told "unexpected 'if' after {else").
            guard cursor.accept("if") else {
                expectEnd(cursor, after: "{else")
                if !builder.switchToElse() {
                    error(.strayTextTag, "this '{else}' has no '{if …}' before it", at: range)
                }
                return
            }
            let condition = parseCondition(&cursor) ?? .flag(Name(text: "", range: range))
            expectEnd(cursor, after: "the condition")
            guard builder.switchToElse() else {
                error(.strayTextTag, "this '{else if …}' has no '{if …}' before it", at: range)
                return
            }
            builder.open(condition, at: range, closingTheOneBefore: true)
        } else if cursor.accept("end") || cursor.accept("endif") {
            _ = cursor.accept("if")
            expectEnd(cursor, after: "{end")
            if !builder.close() {
                error(.strayTextTag, "this '{end}' has no '{if …}' before it", at: range)
            }
        } else {
            error(.strayTextTag, "'{\(inner)}' is not something text can contain", at: range,
                  help: "text can contain {if CONDITION}, {else if CONDITION}, {else} and {end}; write \\{ to show a brace")
        }
    }
}

/// Builds text parts with a stack of open conditionals.
struct TextBuilder {
    private struct Open {
        var condition: SyntaxCondition
        var then: [SyntaxTextPart] = []
        var otherwise: [SyntaxTextPart] = []
        var inElse = false
        var range: SourceRange
        /// Opened by `{else if …}`: its `{end}` closes the `{if …}` before it too.
        var closesTheOneBefore = false
    }
    private var root: [SyntaxTextPart] = []
    private var stack: [Open] = []
    var abandoned = false

    var depth: Int { stack.count }
    /// The `{if …}`s not closed (an `{else if …}` is closed with the `{if …}` before it).
    var openTags: [SourceRange] { stack.filter { !$0.closesTheOneBefore }.map(\.range) }

    mutating func appendLiteral(_ text: String) {
        append(.literal(text))
    }

    private mutating func append(_ part: SyntaxTextPart) {
        if stack.isEmpty {
            if case .literal(let new) = part, case .literal(let old)? = root.last {
                root[root.count - 1] = .literal(old + new)
            } else {
                root.append(part)
            }
        } else if stack[stack.count - 1].inElse {
            Self.merge(part, into: &stack[stack.count - 1].otherwise)
        } else {
            Self.merge(part, into: &stack[stack.count - 1].then)
        }
    }

    private static func merge(_ part: SyntaxTextPart, into parts: inout [SyntaxTextPart]) {
        if case .literal(let new) = part, case .literal(let old)? = parts.last {
            parts[parts.count - 1] = .literal(old + new)
        } else {
            parts.append(part)
        }
    }

    mutating func open(_ condition: SyntaxCondition, at range: SourceRange, closingTheOneBefore: Bool = false) {
        stack.append(Open(condition: condition, range: range, closesTheOneBefore: closingTheOneBefore))
    }

    mutating func switchToElse() -> Bool {
        guard !stack.isEmpty, !stack[stack.count - 1].inElse else { return false }
        stack[stack.count - 1].inElse = true
        return true
    }

    mutating func close() -> Bool {
        guard let top = stack.popLast() else { return false }
        append(.conditional(top.condition, then: top.then, otherwise: top.otherwise))
        if top.closesTheOneBefore { _ = close() }
        return true
    }

    /// The finished parts; conditionals still open are closed where the text ends.
    mutating func finish() -> [SyntaxTextPart] {
        while close() {}
        return root
    }
}

extension Parser {
    /// `[if sat] You sat on it.[end if]`, Inform's conditional text, shown here word for word (a
    /// blind author, session 36): a warning with the `{if …}…{end}` to write instead.
    mutating func reportInformConditionalText(_ text: Substring, line: Line, offset: Int) {
        let characters = Array(text)
        for start in characters.indices where characters[start] == "[" {
            let rest = String(characters[(start + 1)...].prefix(8))
            guard rest.hasPrefix("if ") || rest.hasPrefix("unless "),
                  let close = characters[start...].firstIndex(of: "]") else { continue }
            let tag = String(characters[start...close])
            let condition = String(characters[(start + 1 + (rest.hasPrefix("if ") ? 3 : 7))..<close])
            warning(.strayTextTag, "'\(tag)' is Inform's way of writing conditional text; here it would be shown as it is",
                    at: line.range(at: offset + start, length: close - start + 1),
                    help: "write {if \(rest.hasPrefix("if ") ? "" : "not ")\(condition)}…{end} (and {else} for Inform's [otherwise])")
            return
        }
    }
}
