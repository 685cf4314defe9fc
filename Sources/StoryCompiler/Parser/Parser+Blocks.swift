#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StoryModel

/// One item of a block: an instruction line, or a paragraph of prose lines.
enum BlockItem {
    case instruction(Line, keyword: String)
    case paragraph([Line])
}

extension Parser {
    /// Groups the lines of a block into instructions and paragraphs, reporting lines that look like
    /// a mistyped or misplaced instruction.
    ///
    /// The rule an author can predict, in one place: a line whose first word is a keyword of its
    /// block is **always** an instruction; every other line is prose. Because a hard-wrapped line of
    /// text can start with a keyword by chance, an instruction right after a prose line that stops
    /// mid-sentence (ends in a letter, a digit, a comma or a dash) gets a `keyword-in-sentence`
    /// warning, and an error on an instruction line says how the line was read. A backslash
    /// (`\when the searchlights…`) or a capital letter makes a line prose.
    mutating func items(of lines: [Line], in context: BlockContext) -> [BlockItem] {
        // Most exits and many other instructions have no lines under them.
        if lines.isEmpty { return [] }
        var items = spareItemArray()
        items.reserveCapacity(lines.count)
        var paragraph: [Line] = []
        var previousWasProse = false
        var previousWasReported = false
        var reportedContinuation: [Int] = []
        let keywords = context.keywordTable
        // The paragraphs that leave a quotation open, by their place among the items (few).
        var openQuotes: [(item: Int, line: Line)] = []
        func flush() {
            if !paragraph.isEmpty {
                if let open = Self.lineLeavingAQuoteOpen(paragraph) { openQuotes.append((items.count, open)) }
                items.append(.paragraph(paragraph))
            }
            paragraph = []
        }
        // The one-line detail right above (`source`, `hint`, `here`, …), for a line that goes on
        // with its words (`detail-continued`): the item before, read only when text follows one
        // (not tracked at every instruction: that cost some 2 % of a compile).
        func detailAbove() -> (line: Line, keyword: String)? {
            guard case .instruction(let line, let keyword)? = items.last, line.children.isEmpty, Self.isOneLineDetail(keyword) else { return nil }
            return (line, keyword)
        }
        for line in lines {
            let continuesSentence = previousWasProse && !line.followsBlank && paragraph.last.map(Self.endsSentence) == false
            let kind = line.kind(in: context, keywords: keywords)
            // After a line already reported as a mistyped instruction (`wearble`), the author
            // meant an instruction there, not a sentence: no second warning.
            // Nor after a line that looks like an effect kept as text (`set bored` in a scene):
            // the warning about the flag it never sets points there.
            if case .instruction(let keyword) = kind, previousWasProse, !previousWasReported, !line.followsBlank,
               let last = paragraph.last, Self.stopsMidSentence(last),
               !TextReadLikeEffect.effectKeywords.contains(String(last.firstWord)) {
                keywordInSentenceLines[line.number] = true
                // A one-line paragraph right under a one-line detail is likelier the detail's
                // own words wrapped (`source … Eric M.` / `Jones (ed.), Apollo 11 …` / `summary …`):
                // a backslash on this line would have hidden this line too (a blind author, session 34).
                let help: String
                if paragraph.count == 1, !last.followsBlank, let detail = detailAbove() {
                    help = "the line above may be the end of the '\(detail.keyword)' on line \(detail.line.number), wrapped: a '\(detail.keyword)' is one line, so join them; if it is text, end its sentence"
                } else {
                    help = "if it continues the text, start it with a backslash (\\\(line.text.prefix(20))…); if it is an instruction, end the sentence above"
                }
                warning(.keywordInSentence,
                        "this line starts with '\(keyword)', so it is read as an instruction, though the text above stops mid-sentence",
                        at: line.range(at: 0, length: keyword.count), help: help)
            } else if case .instruction(let keyword) = kind, previousWasProse, !previousWasReported, !line.followsBlank,
                      Self.readsLikeASentence(line, keyword: keyword) {
                keywordInSentenceLines[line.number] = false
                warning(.keywordInSentence,
                        "this line starts with '\(keyword)', so it is read as an instruction, though it reads like a sentence of the text above",
                        at: line.range(at: 0, length: keyword.count),
                        help: "if it is text, start it with a backslash (\\\(line.text.prefix(20))…) or a capital letter; if it is an instruction, put a blank line above it")
            }
            // One line of text between two one-line details (`source … Eric M.` / `Jones (ed.), …
            // "One Small Step"` / `summary …`): the first detail's words, wrapped, whatever its
            // last letter (the warning above takes the lines that stop mid-sentence).
            if paragraph.count == 1, case .instruction(let keyword) = kind, !line.followsBlank, !paragraph[0].followsBlank,
               Self.isOneLineDetail(keyword), let detail = detailAbove(), detail.keyword != keyword,
               keywordInSentenceLines[line.number] == nil, !reportedContinuation.contains(paragraph[0].number),
               !Self.endsWithFullStop(paragraph[0]) {
                warning(.detailContinued,
                        "this line of text comes between the '\(detail.keyword)' (line \(detail.line.number)) and the '\(keyword)' below, so it is read as text of its own: is it the end of the '\(detail.keyword)', wrapped?",
                        at: paragraph[0].wholeRange,
                        help: "a '\(detail.keyword)' is one line: join them; if it is text, put it after the details, or a blank line above it")
            }
            switch kind {
            case .instruction(let keyword):
                flush()
                items.append(.instruction(line, keyword: keyword))
                noteInstruction(keyword, atLine: line.number)
                previousWasProse = false
                previousWasReported = false
            case .prose(let escaped):
                if paragraph.isEmpty, !line.followsBlank, !escaped, let detail = detailAbove(), reportDetailContinued(line, detail: detail) {
                    reportedContinuation.append(line.number)
                }
                if !continuesSentence && !(previousWasProse && !line.followsBlank) { flush() }
                let startsSentence = !continuesSentence
                previousWasReported = !escaped && (startsSentence || previousWasReported)
                    && checkLooksLikeInstruction(line, in: context, startsParagraph: paragraph.isEmpty)
                // A line just reported as an instruction in the wrong place (`on show {notebook} to
                // {snow}` under a person) is not read again as text, nor are the lines under it:
                // one error, not four (its slots as stray text tags, its `award` as swallowed).
                if previousWasReported {
                    // Its effect lines are still remembered, for the note on a flag "never set".
                    if !line.children.isEmpty {
                        for child in flattened(line.children) { recordIfLikeEffect(child, in: context, under: line, parentReported: true) }
                    }
                    previousWasProse = true
                    continue
                }
                reportSwallowedChildren(of: line, in: context)
                if !escaped { reportKeywordInCapitals(line, in: context) }
                recordIfLikeEffect(line, in: context, under: nil)
                paragraph.append(line)
                // The lines under it flattened once, and only when there are some.
                if !line.children.isEmpty {
                    let under = flattened(line.children)
                    for child in under { recordIfLikeEffect(child, in: context, under: line) }
                    paragraph += under
                }
                previousWasProse = true
            }
        }
        flush()
        if !openQuotes.isEmpty { reportUnclosedQuotes(items, openQuotes) }
        return items
    }

    /// Reports a paragraph that opens a quotation it never closes, unless the next paragraph
    /// opens one again (a speech that goes on, as printed books have it). What is inside quotation
    /// marks is spoken: a blind author's `"An abort for a 1202? … Are you sure?` with no closing
    /// mark made "Are you sure?" Jack's question rather than the narration's, and `no` then
    /// answered another of Jack's questions, without a word from `check` (session 34).
    private mutating func reportUnclosedQuotes(_ items: [BlockItem], _ open: [(item: Int, line: Line)]) {
        for (index, line) in open {
            if index + 1 < items.count, case .paragraph(let next) = items[index + 1], let first = next.first,
               first.text.hasPrefix("\"") || first.text.hasPrefix("\u{201C}") { continue }
            // The quotation closed on a line read as an instruction (`give you her address."`),
            // whose warning or error already says so: one mistake, one message.
            if index + 1 < items.count, case .instruction(let next, _) = items[index + 1], keywordInSentenceLines[next.number] != nil { continue }
            warning(.unclosedQuote, "this text opens a quotation that it never closes, so everything after the quotation mark is read as spoken",
                    at: line.wholeRange,
                    help: "close it where the words spoken end (…are you sure?\" he asks.); if the speech goes on in the next paragraph, start that one with a quotation mark")
        }
    }

    /// The line of a paragraph's last quotation mark when the paragraph leaves a quotation open:
    /// an odd number of `"`, or more `“` than `”`. Read on the bytes, eight at a time to the next
    /// `"` or lead byte of `“`/`”` (most lines have none).
    static func lineLeavingAQuoteOpen(_ lines: [Line]) -> Line? {
        var straight = 0, curly = 0
        var last: Line?
        for line in lines {
            var text = line.text
            text.withUTF8 { bytes in
                // A plain ASCII line has no `“`: its quotation marks found by `memchr`.
                if line.isPlainASCII, let base = bytes.baseAddress {
                    var at = UnsafeRawPointer(base)
                    let end = UnsafeRawPointer(base + bytes.count)
                    while at < end, let found = memchr(at, 0x22, end - at) {
                        straight += 1
                        last = line
                        at = UnsafeRawPointer(found) + 1
                    }
                    return
                }
                var index = 0
                while index < bytes.count {
                    guard let found = ByteScan.firstIndex(of: 0x22, or: 0xE2, in: UnsafeBufferPointer(rebasing: bytes[index...])) else { return }
                    index += found
                    if bytes[index] == 0x22 {
                        straight += 1
                        last = line
                    } else if index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                        if bytes[index + 2] == 0x9C { curly += 1; last = line } else if bytes[index + 2] == 0x9D { curly -= 1 }
                    }
                    index += 1
                }
            }
        }
        return straight % 2 == 1 || curly > 0 ? last : nil
    }

    /// True when a prose line clearly stops mid-sentence: it ends in a letter, a digit, a comma or a dash.
    static func stopsMidSentence(_ line: Line) -> Bool {
        if let byte = line.lastASCIIByte {
            return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2C || byte == 0x3B || byte == 0x2D
        }
        guard let last = line.text.last else { return false }
        return last.isLetter || last.isNumber || ",;-—–".contains(last)
    }

    /// True when an instruction right under a prose line looks like the next sentence of it: a
    /// scene's date or place line (which belong above the description), or a line of several words
    /// ending like a sentence after a keyword that does not take text (`set off at dawn, we sang.`).
    static func readsLikeASentence(_ line: Line, keyword: String) -> Bool {
        if keyword == "when" || keyword == "where" { return true }
        // The line's end first: nearly every instruction line ends otherwise, and that is decided
        // on one byte, where the set of keywords hashes the keyword.
        if let byte = line.lastASCIIByte {
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F else { return false }
        } else {
            guard let last = line.text.last, ".!?".contains(last) else { return false }
        }
        guard !keywordsTakingText.contains(keyword) else { return false }
        return wordCount(of: line.text, atLeast: 4)
    }

    /// `text.split(separator: " ").count >= minimum`, on the bytes for ASCII text (where a
    /// Character other than a space never holds a space byte): without the array of words.
    static func wordCount(of text: Substring, atLeast minimum: Int) -> Bool {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.split(separator: " ").count >= minimum }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count >= minimum
    }

    /// The last byte of a text when it is the whole last Character: an ASCII byte after an ASCII
    /// byte (other than a carriage return before a line feed) or at the start. Nil otherwise, and
    /// for an empty text.
    static func lastASCIIByte(of text: Substring) -> UInt8? {
        let utf8 = text.utf8
        guard let last = utf8.last, last < 0x80 else { return nil }
        let end = utf8.index(before: utf8.endIndex)
        guard end > utf8.startIndex else { return last }
        let before = utf8[utf8.index(before: end)]
        return before < 0x80 && !(before == 0x0D && last == 0x0A) ? last : nil
    }

    /// True when a line ends with `.`, `!` or `?`: a sentence of text, not a wrapped detail's end.
    static func endsWithFullStop(_ line: Line) -> Bool {
        guard let last = line.text.last else { return false }
        return last == "." || last == "!" || last == "?"
    }

    /// The details given on one line, with text after the keyword: a line of text right under
    /// one may be its words, wrapped by hand.
    static let oneLineDetails: Set<String> = ["hint", "source", "date", "summary", "place", "when", "where", "here", "by", "confidence"]

    /// `oneLineDetails.contains(keyword)`, told first by the keyword's length and first letter:
    /// asked for every instruction line, where hashing the keyword cost some 2 % of a compile.
    @inline(__always)
    static func isOneLineDetail(_ keyword: String) -> Bool {
        let utf8 = keyword.utf8
        switch (utf8.count, utf8.first) {
        case (4, 0x68), (6, 0x73), (4, 0x64), (7, 0x73), (5, 0x70), (4, 0x77), (5, 0x77), (2, 0x62), (10, 0x63):
            return oneLineDetails.contains(keyword)
        default:
            return false
        }
    }

    /// Reports a line of text right under a one-line detail that stops mid-sentence, starting
    /// with a lowercase letter: the detail's words, wrapped (a blind author's `hint … Then put on
    /// the` / `headset and sit down at the console.`: `hint` said "Then put on the" and the scene's
    /// text began "headset and…", without a word from `check`, session 34).
    private mutating func reportDetailContinued(_ line: Line, detail: (line: Line, keyword: String)) -> Bool {
        guard let head = line.text.unicodeScalars.first, head.properties.isLowercase, Self.stopsMidSentence(detail.line),
              // A detail line that is itself text read as one has its own message.
              keywordInSentenceLines[detail.line.number] == nil else { return false }
        warning(.detailContinued,
                "this line goes on with the words of the '\(detail.keyword)' above (line \(detail.line.number)), but a '\(detail.keyword)' is one line, so it is read as text of its own",
                at: line.wholeRange,
                help: "join it to the '\(detail.keyword)' line; if it is text, start it with a capital letter or a backslash (\\)")
        return true
    }

    /// The keywords whose line goes on with text, so a sentence after them is expected.
    static let keywordsTakingText: Set<String> = ["hint", "say", "by", "source", "date", "summary", "place", "confidence", "introduction", "credits"]

    /// True when a line ends like a sentence, so a lowercase word after it is suspicious.
    static func endsSentence(_ line: Line) -> Bool {
        if let byte = line.lastASCIIByte {
            return byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x22 || byte == 0x3A
        }
        guard let last = line.text.last else { return true }
        return ".!?\"”:".contains(last)
    }

    /// All lines of an outline, in order, ignoring their nesting (for prose).
    func flattened(_ lines: [Line]) -> [Line] {
        var out: [Line] = []
        var stack = Array(lines.reversed())
        while let line = stack.popLast() {
            out.append(line)
            stack += line.children.reversed()
        }
        return out
    }

    /// Reports a prose line that starts like an instruction: a lowercase word close to a keyword of
    /// this block, a keyword of another kind of block, or a short lowercase line with no punctuation
    /// (`dark`, `wear cloak`), which can only be a property or instruction that does not exist.
    /// Returns true when it reported the line.
    private mutating func checkLooksLikeInstruction(_ line: Line, in context: BlockContext, startsParagraph: Bool) -> Bool {
        // A plain ASCII line whose first byte is no lowercase letter (most prose: a capital) has
        // no first word: decided on the byte kept where the line was cut, without a `String`.
        if line.isPlainASCII, let head = line.firstASCIIByte, !(head >= 0x61 && head <= 0x7A) { return false }
        let word = String(line.firstWord)
        guard !word.isEmpty, context != .prose else { return false }
        let range = line.range(at: 0, length: word.count)
        let help = "if this line is meant as text, start it with a capital letter or a backslash (\\)"
        let close = EditDistance.suggestions(for: word, among: context.keywords)
        if word.count >= 3, !close.isEmpty {
            error(.unknownKeyword, "'\(word)' is not an instruction in \(context.noun)", at: range,
                  suggestions: close, help: help)
        } else if BlockContext.allKeywords.contains(word), case let homes = BlockContext.homes(of: word), !homes.isEmpty, !homes.contains(context) {
            // `if delivered` in a scene, meant as text shown only then (a blind author, session 36):
            // the conditional text is the way.
            let condition = String(line.text.dropFirst(word.count).drop(while: { $0 == " " }))
            let conditional = word == "if" && context != .ending && !condition.isEmpty
                ? "; to show text only when a condition holds, write it in the paragraph: {if \(condition)}the text{end}"
                : ""
            let where_ = context == .ending ? "an ending only shows text; run '\(word)' in the action or exit that ends the story, before its 'end' line" : "check the indentation of this line; \(help)\(conditional)"
            error(.misplacedKeyword, "'\(word)' belongs in \(homes.map(\.noun).joined(separator: " or ")), not in \(context.noun), so this line would be shown as text", at: range,
                  help: where_)
        } else if startsParagraph, line.children.isEmpty, Self.isBareWords(line.text), context != .ending {
            error(.unknownKeyword, "'\(line.text)' is not an instruction or property of \(context.noun), so it would be shown as text",
                  at: line.wholeRange, suggestions: EditDistance.suggestions(for: word, among: context.keywords), help: help)
        } else {
            return false
        }
        return true
    }

    /// True for a line of at most three lowercase words and no punctuation: `dark`, `wear cloak`.
    static func isBareWords(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        return words.count <= 3 && text.allSatisfy { ($0.isLetter && $0.isLowercase) || $0 == " " || $0 == "-" }
    }

    /// Reports a prose line with indented lines under it that start with keywords (`every turn`
    /// with `set` lines below): the block is not one the language knows, so all of it would be text.
    private mutating func reportSwallowedChildren(of line: Line, in context: BlockContext) {
        guard context != .prose, let child = line.children.first(where: { BlockContext.allKeywords.contains(String($0.firstWord)) }) else { return }
        let word = String(line.firstWord.isEmpty ? line.text.prefix(while: { !$0.isWhitespace }) : line.firstWord)
        // `exit south to yard` indented under a thing's description: it belongs to a block
        // above, one level less deep, rather than to a block that runs effects.
        let childKeyword = String(child.firstWord)
        let belongsAbove = !BlockContext.homes(of: childKeyword).contains(.response)
        let help = belongsAbove
            ? "'\(childKeyword)' belongs in \(BlockContext.homes(of: childKeyword).map(\.noun).joined(separator: " or ")): indent '\(child.text)' less, so that it is no longer under this text"
            : "indent those lines under a block that runs them (an action 'on …', an exit, 'talk', 'about'), or remove the block"
        error(.unknownKeyword, "'\(line.text)' is not an instruction in \(context.noun), so the lines indented under it, such as '\(child.text)', would be shown as text",
              at: line.range(at: 0, length: word.count), suggestions: EditDistance.suggestions(for: word, among: context.keywords),
              help: help)
    }

    /// Reports the children of an instruction that takes no indented lines.
    mutating func rejectChildren(of line: Line, keyword: String) {
        guard let first = line.children.first else { return }
        error(.unexpectedWords, "'\(keyword)' takes no indented lines below it", at: first.wholeRange,
              help: "indent this line less, so it belongs to the block above")
    }

    /// The paragraphs of a block that holds only text (an introduction, a `read` text).
    mutating func proseBlock(_ lines: [Line]) -> SyntaxText {
        items(of: lines, in: .prose).compactMap {
            if case .paragraph(let lines) = $0 { return paragraph(lines) }
            return nil
        }
    }
}
