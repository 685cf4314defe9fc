import StoryModel

/// Splits decoded text into an outline of lines by indentation.
///
/// Blank lines and comment lines (`#` first) are dropped but remembered as paragraph breaks.
/// A file must indent with spaces or with tabs, not both: the first indented line decides.
struct LineReader {
    let file: SourceFileName
    private(set) var diagnostics: [Diagnostic] = []

    init(file: SourceFileName) {
        self.file = file
    }

    /// Reads the outline of a file whose lines end where `lineEnds` says (UTF-8 offsets, as
    /// `String.lineEndsAndPlainASCII(marking:)` finds them: each line starts one byte after the
    /// one before it ends), handing each top-level line with the lines under it to `eachRoot` as
    /// soon as its block ends: the parser reads one block while the next is read, so the whole
    /// outline is never held at once (docs/performance.md, "Compile, eleventh round"). The lines
    /// are cut on the text's bytes, read once (`withUTF8`).
    /// - Complexity: O(n) in the length of the text.
    /// `plainASCII` says for each line whether it is ASCII without a carriage return (a final
    /// one aside), as the same split found it; a line it marks is marked so (`Line.isPlainASCII`),
    /// so the lexer and the parser need not scan it again (empty: none is marked).
    mutating func read(lineEnds: [Int], plainASCII: [Bool] = [], of text: String, eachRoot: (Line) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in read(lineEnds: lineEnds, plainASCII: plainASCII, text: text, bytes: bytes, eachRoot: eachRoot) }
    }

    private mutating func read(lineEnds: [Int], plainASCII: [Bool], text: String, bytes: UnsafeBufferPointer<UInt8>,
                               eachRoot: (Line) -> Void) {
        /// The lines whose block is still open, each with where its children start in `closed`.
        var stack: [(line: Line, firstChild: Int)] = []
        /// The lines whose block is done but whose parent's is not, in order: a parent takes its
        /// children from the end of it in one array of the right size when its block ends,
        /// rather than growing its array line by line.
        let closed = ClosedLines()
        /// The byte of the first indented line's first indentation Character: a space or a tab.
        var indentCharacter: UInt8?
        /// How many spaces the first indented line of a space-indented file used: a stray tab
        /// in such a file counts as that many, so one tab-indented line stays in its block
        /// instead of swallowing the rest of the scene into a cascade of errors.
        var spacesPerStep = 0
        var reportedMixing = false
        var sawBlank = true
        var number = 0
        /// Where the current line starts in `bytes`.
        var offset = 0

        func pop() {
            let (done, firstChild) = stack.removeLast()
            if firstChild < closed.count { done.children = closed.take(from: firstChild) }
            if stack.isEmpty { eachRoot(done) } else { closed.append(done) }
        }

        for end in lineEnds {
            number += 1
            let length = end - offset
            let cut = Self.cut(text, bytes: bytes, from: offset, length: length)
            offset += length + 1
            if cut.isBlank { sawBlank = true; continue }
            if cut.isComment { continue }
            let indent = cut.indentation

            // The indentation is spaces and tabs only, one byte each, so it is read on its bytes.
            if let leadingFirst = indent.first {
                let first = indentCharacter ?? leadingFirst
                if indentCharacter == nil, first == 0x20 { spacesPerStep = indent.count }
                indentCharacter = first
                if !reportedMixing, let other = first == 0x20 ? indent.firstTab : indent.firstSpace {
                    reportedMixing = true
                    let otherName = first == 0x20 ? "a tab" : "a space"
                    let column = other + 1
                    diagnostics.append(Diagnostic(.error, .mixedIndentation,
                        "this line is indented with \(otherName) but the file indents with \(first == 0x20 ? "spaces" : "tabs")",
                        at: SourceRange(start: SourceLocation(fileName: file, line: number, column: column), length: 1),
                        help: "indent every line of a file the same way: all spaces or all tabs"))
                }
            }

            // Marked plain when its whole raw line is, unless a carriage return ends its content.
            let plain = number <= plainASCII.count && plainASCII[number - 1] && !cut.endsWithCarriageReturn
            let line = Line(file: file, number: number, indent: indent.count, text: cut.content, followsBlank: sawBlank,
                            isPlainASCII: plain, lead: cut.lead, head: cut.head, tail: cut.tail)
            if indentCharacter == 0x20, spacesPerStep > 0, indent.tabs > 0 {
                line.depth = indent.count - indent.tabs + indent.tabs * spacesPerStep
            }
            sawBlank = false
            let depth = line.nestingDepth
            while let top = stack.last, top.line.nestingDepth >= depth { pop() }
            stack.append((line, closed.count))
        }
        while !stack.isEmpty { pop() }
    }

    /// The lines whose block is done but whose parent's is not, in a buffer of their own: a
    /// parent's children are moved out of it into their array, without the retain and release of
    /// each line that copying them out of an `Array` and removing them there cost
    /// (docs/performance.md, "Compile, seventeenth round").
    private final class ClosedLines {
        private var base: UnsafeMutablePointer<Line>
        private var capacity = 64
        private(set) var count = 0

        init() {
            base = .allocate(capacity: capacity)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        func append(_ line: Line) {
            if count == capacity {
                let bigger = UnsafeMutablePointer<Line>.allocate(capacity: capacity * 2)
                bigger.moveInitialize(from: base, count: count)
                base.deallocate()
                base = bigger
                capacity *= 2
            }
            (base + count).initialize(to: line)
            count += 1
        }

        /// The lines from `start` (below `count`) on, moved out in order.
        func take(from start: Int) -> [Line] {
            let taken = count - start
            let lines = [Line](unsafeUninitializedCapacity: taken) { buffer, initialized in
                guard let target = buffer.baseAddress else { return }
                target.moveInitialize(from: base + start, count: taken)
                initialized = taken
            }
            count = start
            return lines
        }
    }

    /// The spaces and tabs before a line's content, as counts and positions (0-based bytes).
    private struct Indentation {
        var count = 0
        var tabs = 0
        var first: UInt8?
        var firstSpace: Int?
        var firstTab: Int?

        mutating func add(_ byte: UInt8) {
            if first == nil { first = byte }
            if byte == 0x09 {
                if firstTab == nil { firstTab = count }
                tabs += 1
            } else if firstSpace == nil {
                firstSpace = count
            }
            count += 1
        }
    }

    /// A raw line cut into its indentation and content, as `indentationAndContent(of:)` and
    /// `isComment(_:)` decide them.
    private struct Cut {
        var indentation: Indentation
        var content: Substring
        var isBlank: Bool
        var isComment: Bool
        /// `Line.leadOfBytes` of the content, when cut on the bytes.
        var lead: Int64 = Line.undecidedLead
        /// `Line.tail(of:)` of the content, when cut on the bytes.
        var tail: UInt8 = Line.undecidedTail
        /// The content's first byte when ASCII and cut on the bytes (`Line.firstASCIIByte`).
        var head: UInt8 = Line.undecidedTail
        /// Whether the content's last byte is a carriage return.
        var endsWithCarriageReturn = false
    }

    /// Cuts a raw line, whose `length` bytes start at `start` in `bytes` (the UTF-8 of `text`),
    /// in one pass over them when the cuts fall next to ASCII bytes (almost always); otherwise by
    /// `indentationAndContent(of:)`. The content is made only for a line that is neither blank
    /// nor a comment of ASCII.
    /// Inlined into `read`, so the cut is not copied out and then destroyed: a retain and a
    /// release of the content's string each.
    @inline(__always)
    private static func cut(_ text: String, bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Cut {
        let count = start + length
        var indentation = Indentation()
        var position = start
        while position < count, bytes[position] == 0x20 || bytes[position] == 0x09 {
            indentation.add(bytes[position])
            position += 1
        }
        var end = count
        while end > position, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let utf8 = text.utf8
        if (position == count || bytes[position] < 0x80) && (end == position || end == count || bytes[end - 1] < 0x80) {
            if end == position { return Cut(indentation: indentation, content: "", isBlank: true, isComment: false) }
            // `#` and an ASCII byte after it (or nothing) are two Characters; a combining mark would join it.
            let asciiComment = bytes[position] == 0x23 && (position + 1 == end || bytes[position + 1] < 0x80)
            if asciiComment { return Cut(indentation: indentation, content: "", isBlank: false, isComment: true) }
            // A native string's UTF-8 view is offset in constant time. Both cuts are next to ASCII
            // bytes, so on scalar boundaries: the text is sliced at them directly, without a slice
            // of its UTF-8 view made first (docs/performance.md, "Compile, nineteenth round").
            let content = text[utf8.index(utf8.startIndex, offsetBy: position)..<utf8.index(utf8.startIndex, offsetBy: end)]
            // The first and last bytes read in place (the UTF-8 view's subscript cost some 50 instructions each).
            let isComment = bytes[position] == 0x23 && isComment(content)
            let contentBytes = UnsafeBufferPointer(rebasing: bytes[position..<end])
            let lead = Line.leadOfBytes(contentBytes)
            return Cut(indentation: indentation, content: content, isBlank: false, isComment: isComment, lead: lead,
                       tail: Line.tail(of: contentBytes), head: bytes[position] < 0x80 ? bytes[position] : Line.undecidedTail,
                       endsWithCarriageReturn: bytes[end - 1] == 0x0D)
        }
        let raw = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: count)])
        let (leading, trimmed) = indentationAndContent(of: raw)
        indentation = Indentation()
        for byte in leading.utf8 { indentation.add(byte) }
        return Cut(indentation: indentation, content: trimmed, isBlank: trimmed.isEmpty, isComment: !trimmed.isEmpty && isComment(trimmed),
                   endsWithCarriageReturn: trimmed.utf8.last == 0x0D)
    }

    /// A line's leading spaces and tabs, and what follows them without trailing spaces and tabs.
    /// Found on the bytes when the cuts fall next to ASCII bytes (almost always), where a space
    /// or tab byte is a Character of its own; by Characters otherwise (a combining mark after a
    /// space, or a prepended mark before one, makes a Character that is not a space).
    static func indentationAndContent(of raw: Substring) -> (leading: Substring, content: Substring) {
        let utf8 = raw.utf8
        let cuts = utf8.withContiguousStorageIfAvailable { bytes -> (start: Int, end: Int)? in
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            var end = bytes.count
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            guard start == bytes.count || bytes[start] < 0x80, end == start || end == bytes.count || bytes[end - 1] < 0x80 else { return nil }
            return (start, end)
        }
        if let cuts = cuts ?? nil {
            let start = utf8.index(utf8.startIndex, offsetBy: cuts.start)
            let end = utf8.index(utf8.startIndex, offsetBy: cuts.end)
            return (raw[raw.startIndex..<start], raw[start..<end])
        }
        let content = raw.drop(while: { $0 == " " || $0 == "\t" })
        var trimmed = content
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        return (raw[raw.startIndex..<content.startIndex], trimmed)
    }

    /// True when a line's content starts with the Character `#`.
    static func isComment(_ content: Substring) -> Bool {
        let utf8 = content.utf8
        guard utf8.first == 0x23 else { return false }
        let second = utf8.index(after: utf8.startIndex)
        // `#` and an ASCII byte after it (or nothing) are two Characters; a combining mark would join it.
        if second == utf8.endIndex || utf8[second] < 0x80 { return true }
        return content.first == "#"
    }
}
