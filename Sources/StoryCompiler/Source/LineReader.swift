import StoryModel

/// Splits decoded text into an outline of lines by indentation.
///
/// Blank lines and comment lines (`#` first) are dropped but remembered as paragraph breaks.
/// A file must indent with spaces or with tabs, not both: the first indented line decides.
struct LineReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Reads the outline of a file.
    /// - Complexity: O(n) in the length of the text.
    mutating func read(_ text: String) -> [Line] {
        var roots: [Line] = []
        var stack: [Line] = []
        /// The byte of the first indented line's first indentation Character: a space or a tab.
        var indentCharacter: UInt8?
        /// How many spaces the first indented line of a space-indented file used: a stray tab
        /// in such a file counts as that many, so one tab-indented line stays in its block
        /// instead of swallowing the rest of the scene into a cascade of errors.
        var spacesPerStep = 0
        var reportedMixing = false
        var sawBlank = true
        var number = 0

        func popInto(_ roots: inout [Line], _ stack: inout [Line]) {
            let done = stack.removeLast()
            if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
        }

        for raw in text.linesAtLineFeeds() {
            number += 1
            let (leading, trimmed) = Self.indentationAndContent(of: raw)
            if trimmed.isEmpty { sawBlank = true; continue }
            if Self.isComment(trimmed) { continue }

            // The indentation is spaces and tabs only, one byte each, so it is read on its bytes.
            let indentation = leading.utf8
            if let leadingFirst = indentation.first {
                let first = indentCharacter ?? leadingFirst
                if indentCharacter == nil, first == 0x20 { spacesPerStep = indentation.count }
                indentCharacter = first
                if !reportedMixing, let other = indentation.firstIndex(where: { $0 != first }) {
                    reportedMixing = true
                    let otherName = first == 0x20 ? "a tab" : "a space"
                    let column = indentation.distance(from: indentation.startIndex, to: other) + 1
                    diagnostics.append(Diagnostic(.error, .mixedIndentation,
                        "this line is indented with \(otherName) but the file indents with \(first == 0x20 ? "spaces" : "tabs")",
                        at: SourceRange(start: SourceLocation(file: file, line: number, column: column), length: 1),
                        help: "indent every line of a file the same way: all spaces or all tabs"))
                }
            }

            var line = Line(file: file, number: number, indent: indentation.count, text: trimmed, followsBlank: sawBlank)
            if indentCharacter == 0x20, spacesPerStep > 0, indentation.contains(0x09) {
                line.depth = indentation.reduce(0) { $0 + ($1 == 0x09 ? spacesPerStep : 1) }
            }
            sawBlank = false
            while let top = stack.last, top.nestingDepth >= line.nestingDepth { popInto(&roots, &stack) }
            stack.append(line)
        }
        while !stack.isEmpty { popInto(&roots, &stack) }
        return roots
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
