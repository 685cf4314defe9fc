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
        var indentCharacter: Character?
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
            let content = raw.drop(while: { $0 == " " || $0 == "\t" })
            let leading = raw[raw.startIndex..<content.startIndex]
            var trimmed = content
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty { sawBlank = true; continue }
            if trimmed.first == "#" { continue }

            if let leadingFirst = leading.first {
                let first = indentCharacter ?? leadingFirst
                if indentCharacter == nil, first == " " { spacesPerStep = leading.count }
                indentCharacter = first
                if !reportedMixing, leading.contains(where: { $0 != first }) {
                    reportedMixing = true
                    let other = first == " " ? "a tab" : "a space"
                    let column = (leading.firstIndex(where: { $0 != first }).map { leading.distance(from: leading.startIndex, to: $0) } ?? 0) + 1
                    diagnostics.append(Diagnostic(.error, .mixedIndentation,
                        "this line is indented with \(other) but the file indents with \(first == " " ? "spaces" : "tabs")",
                        at: SourceRange(start: SourceLocation(file: file, line: number, column: column), length: 1),
                        help: "indent every line of a file the same way: all spaces or all tabs"))
                }
            }

            var line = Line(file: file, number: number, indent: leading.count, text: trimmed, followsBlank: sawBlank)
            if indentCharacter == " ", spacesPerStep > 0, leading.contains("\t") {
                line.depth = leading.reduce(0) { $0 + ($1 == "\t" ? spacesPerStep : 1) }
            }
            sawBlank = false
            while let top = stack.last, top.nestingDepth >= line.nestingDepth { popInto(&roots, &stack) }
            stack.append(line)
        }
        while !stack.isEmpty { popInto(&roots, &stack) }
        return roots
    }
}
