import StoryModel

/// Prints diagnostics the way compilers do: `file:line:col: error: message [code]`, the source
/// line with its number, a caret with tildes under the mistake, then notes and suggestions.
///
///     Stories/x.story:12:16: error: there is no scene called 'strela' [unknown-scene]
///        12 |   exit east to strela
///           |                ^~~~~~
///           = did you mean 'strehla'?
public struct DiagnosticRenderer: Sendable {
    /// Decorates parts of the output; `.plain` leaves them as they are.
    public var style: Style

    public init(style: Style = .plain) {
        self.style = style
    }

    /// How severities and carets are highlighted.
    public enum Style: Sendable {
        case plain
        case ansi
    }

    /// Renders every diagnostic, in order, each followed by a blank line.
    public func render(_ diagnostics: [Diagnostic], sources: SourceManager) -> String {
        // Written into one string as it goes: a string for each diagnostic and each part of it,
        // interpolated and joined, cost about 23,000 instructions a warning (docs/performance.md,
        // "Compile, sixteenth round").
        var out = ""
        out.reserveCapacity(diagnostics.count * 384)
        for diagnostic in diagnostics {
            render(diagnostic, sources: sources, into: &out)
            out.append("\n")
        }
        return out
    }

    /// Renders one diagnostic.
    public func render(_ diagnostic: Diagnostic, sources: SourceManager) -> String {
        var out = ""
        render(diagnostic, sources: sources, into: &out)
        return out
    }

    /// Appends one diagnostic as `render(_:sources:)` writes it.
    private func render(_ diagnostic: Diagnostic, sources: SourceManager, into out: inout String) {
        headline(diagnostic.range, label: diagnostic.severity.rawValue, message: diagnostic.message, code: diagnostic.code.rawValue, into: &out)
        excerpt(diagnostic.range, sources: sources, into: &out)
        for suggestion in diagnostic.suggestions.prefix(3) {
            out.append("      = did you mean '")
            out.append(suggestion)
            out.append("'?\n")
        }
        if let help = diagnostic.help {
            out.append("      = ")
            out.append(help)
            out.append("\n")
        }
        for note in diagnostic.notes {
            headline(note.range, label: "note", message: note.message, code: nil, into: &out)
            excerpt(note.range, sources: sources, into: &out)
        }
    }

    /// Source lines longer than this are shown as a window around the mistake.
    static let maximumWidth = 100

    /// `file:line:col: label: message [code]` and a line break (the place only with a range, the code only when given).
    private func headline(_ range: SourceRange?, label: String, message: String, code: String?, into out: inout String) {
        if let range {
            let start = range.start
            out.append(start.file)
            out.append(":")
            out.append(String(start.line))
            out.append(":")
            out.append(String(start.column))
            out.append(": ")
        }
        out.append(decorate(label))
        out.append(": ")
        out.append(message)
        if let code {
            out.append(" [")
            out.append(code)
            out.append("]")
        }
        out.append("\n")
    }

    private func excerpt(_ range: SourceRange?, sources: SourceManager, into out: inout String) {
        guard let range else { return }
        let shown: String, width: Int, column: Int
        if let bytes = sources.plainASCIILine(range.start.line, of: range.start.file) {
            (shown, width, column) = Self.asciiWindow(bytes, column: range.start.column)
        } else if let text = sources.line(range.start.line, of: range.start.file) {
            (shown, width, column) = Self.window(text, column: range.start.column)
        } else {
            return
        }
        let number = String(range.start.line)
        let gutter = max(4, number.utf8.count + 1)
        let available = max(1, width - (column - 1))
        Self.append(0x20, count: gutter - number.utf8.count, to: &out)
        out.append(number)
        out.append(" | ")
        out.append(shown)
        out.append("\n")
        Self.append(0x20, count: gutter, to: &out)
        out.append(" | ")
        Self.append(0x20, count: max(0, column - 1), to: &out)
        let underline = "^" + Self.run(of: 0x7E, count: max(0, min(range.length, available) - 1))
        out.append(decorateCaret(underline))
        out.append("\n")
    }

    /// Appends `count` copies of an ASCII byte (a space), from a run kept for the purpose when it is long enough.
    private static func append(_ byte: UInt8, count: Int, to out: inout String) {
        guard count > 0 else { return }
        if byte == 0x20, count <= spaces.utf8.count {
            out.append(contentsOf: Substring(spaces.utf8.prefix(count)))
        } else {
            out.append(run(of: byte, count: count))
        }
    }

    /// Spaces to cut the padding from (an ASCII string, so any prefix of its bytes is a string).
    private static let spaces = String(repeating: " ", count: 128)

    /// `count` copies of an ASCII byte (a space, a tilde), written at once: `String(repeating:count:)`
    /// appended a `String` at a time, about 4,000 instructions for a diagnostic's padding.
    private static func run(of byte: UInt8, count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: byte)
            return count
        }
    }

    /// A source line as shown under a diagnostic, tabs as spaces: a line wider than
    /// `maximumWidth` Characters is cut to a window around `column`, marked with "…" where cut.
    /// Returns the text, its width in Characters and the column of the mistake in it.
    private static func window(_ text: String, column: Int) -> (String, Int, Int) {
        var shown = String(text.map { $0 == "\t" ? " " : $0 })
        var width = shown.count
        var column = column
        if width > maximumWidth, column > maximumWidth / 2 {
            let skip = column - maximumWidth / 2
            shown = "…" + shown.dropFirst(skip)
            width = shown.count
            column -= skip - 1
        }
        if width > maximumWidth {
            shown = shown.prefix(maximumWidth) + "…"
            width = maximumWidth + 1
        }
        return (shown, width, column)
    }

    /// `window` for a line of ASCII without a carriage return (a byte is a Character), on its
    /// bytes: only the bytes shown are read, however long the line.
    private static func asciiWindow(_ bytes: Substring.UTF8View, column: Int) -> (String, Int, Int) {
        func shown(_ part: Substring.UTF8View.SubSequence) -> String {
            // Copied from the contiguous bytes at once: the UTF-8 view's generic `map` cost some
            // 60 instructions a byte (docs/performance.md, "Compile, seventeenth round").
            let copied = part.withContiguousStorageIfAvailable { bytes in
                String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for index in 0..<bytes.count { buffer[index] = bytes[index] == 0x09 ? 0x20 : bytes[index] }
                    return bytes.count
                }
            }
            return copied ?? String(decoding: part.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        }
        let count = bytes.count
        guard count > maximumWidth else { return (shown(bytes[...]), count, column) }
        if column > maximumWidth / 2 {
            // "…", then the line from the window's start; "…" again where it is cut.
            let skip = column - maximumWidth / 2
            let rest = bytes.dropFirst(skip)
            let width = 1 + max(0, count - skip)
            guard width > maximumWidth else { return ("…" + shown(rest), width, column - (skip - 1)) }
            return ("…" + shown(rest.prefix(maximumWidth - 1)) + "…", maximumWidth + 1, column - (skip - 1))
        }
        return (shown(bytes.prefix(maximumWidth)) + "…", maximumWidth + 1, column)
    }

    private func decorate(_ label: String) -> String {
        guard style == .ansi else { return label }
        let colour = label == "error" ? "31" : label == "warning" ? "35" : "36"
        return "\u{1B}[1;\(colour)m\(label)\u{1B}[0m"
    }

    private func decorateCaret(_ caret: String) -> String {
        style == .ansi ? "\u{1B}[1;32m\(caret)\u{1B}[0m" : caret
    }
}
