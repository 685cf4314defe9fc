import StoryCompiler
import StoryModel
import Testing

/// The source line quoted under a diagnostic, for short and long lines, ASCII or not, with tabs
/// and carriage returns, the mistake anywhere on the line: the same excerpt as the renderer gave
/// before it read only the part of a line it shows (`expectedExcerpt` is that renderer's code).
@Suite struct DiagnosticExcerptTests {
    static let lines: [String] = [
        "  exit east to strela",
        "\tsay \"tab\"\there",
        "  a line ending in a carriage return\r",
        String(repeating: "abcdefghij", count: 30),
        String(repeating: "word\t", count: 40) + "end\r",
        "  " + String(repeating: "x", count: 99),
        String(repeating: "y", count: 100),
        String(repeating: "z", count: 101),
        String(repeating: "Käse ", count: 40),
        String(repeating: "na\u{0301}", count: 60),
        "mid\rline carriage return " + String(repeating: "m", count: 120),
        String(repeating: "é", count: 150) + "\r",
        "",
    ]
    static let columns = [1, 2, 49, 50, 51, 52, 99, 100, 101, 102, 150, 151, 199, 200, 201, 250, 300, 301, 400]
    static let lengths = [0, 1, 5, 60, 500]

    @Test func everyExcerptIsAsBefore() {
        var sources = SourceManager()
        let text = Self.lines.joined(separator: "\n")
        sources.add(file: "x.story", text: text)
        var diagnostics: [Diagnostic] = []
        var expected = ""
        for (index, line) in Self.lines.enumerated() {
            for column in Self.columns {
                for length in Self.lengths {
                    let range = SourceRange(start: SourceLocation(file: "x.story", line: index + 1, column: column), length: length)
                    diagnostics.append(Diagnostic(.error, .unknownScene, "m", at: range))
                    let quoted = line.last == "\r" ? String(line.dropLast()) : line
                    expected += "x.story:\(index + 1):\(column): error: m [\(DiagnosticCode.unknownScene.rawValue)]\n"
                        + Self.expectedExcerpt(quoted, line: index + 1, column: column, length: length) + "\n"
                }
            }
        }
        let rendered = DiagnosticRenderer().render(diagnostics, sources: sources)
        #expect(rendered == expected)
    }

    /// Lines whose one non-ASCII byte or carriage return falls at every place of the eight-byte
    /// words the source manager reads them in (`linesAndPlainASCII`), after lines of every length
    /// mod 8: quoted as before, never cut inside a character.
    @Test func excerptsAreAsBeforeWhereverTheOddByteFalls() {
        var lines: [String] = []
        for offset in 0..<17 {
            let before = String(repeating: "a", count: offset)
            lines += [before + "é" + String(repeating: "b", count: 140), before + "\r" + String(repeating: "c", count: 140),
                      before + String(repeating: "d", count: 140) + "\r", before, before + "ü"]
        }
        var sources = SourceManager()
        sources.add(file: "x.story", text: lines.joined(separator: "\n"))
        var diagnostics: [Diagnostic] = []
        var expected = ""
        for (index, line) in lines.enumerated() {
            for column in [1, 60, 130] {
                let range = SourceRange(start: SourceLocation(file: "x.story", line: index + 1, column: column), length: 3)
                diagnostics.append(Diagnostic(.error, .unknownScene, "m", at: range))
                let quoted = line.last == "\r" ? String(line.dropLast()) : line
                expected += "x.story:\(index + 1):\(column): error: m [\(DiagnosticCode.unknownScene.rawValue)]\n"
                    + Self.expectedExcerpt(quoted, line: index + 1, column: column, length: 3) + "\n"
            }
        }
        #expect(DiagnosticRenderer().render(diagnostics, sources: sources) == expected)
    }

    /// The renderer's excerpt as it was written before (2026-11-29), scanning the whole line.
    static func expectedExcerpt(_ text: String, line: Int, column start: Int, length: Int) -> String {
        let maximumWidth = 100
        let number = String(line)
        let gutter = String(repeating: " ", count: max(4, number.count + 1))
        let asciiShown: (String, Int)? = text.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) ? nil
            : (String(decoding: text.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self), text.utf8.count)
        var (shown, width) = asciiShown ?? { () -> (String, Int) in
            let shown = String(text.map { $0 == "\t" ? " " : $0 })
            return (shown, shown.count)
        }()
        let isASCII = shown.utf8.count == width
        var column = start
        if width > maximumWidth, column > maximumWidth / 2 {
            let skip = column - maximumWidth / 2
            shown = "…" + shown.dropFirst(skip)
            width = isASCII ? 1 + max(0, width - skip) : shown.count
            column -= skip - 1
        }
        if width > maximumWidth {
            shown = shown.prefix(maximumWidth) + "…"
            width = maximumWidth + 1
        }
        let padding = String(repeating: " ", count: max(0, column - 1))
        let available = max(1, width - (column - 1))
        let underline = "^" + String(repeating: "~", count: max(0, min(length, available) - 1))
        let numberPad = String(repeating: " ", count: gutter.count - number.count)
        return "\(numberPad)\(number) | \(shown)\n\(gutter) | \(padding)\(underline)\n"
    }
}
