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
        String(decoding: renderUTF8(diagnostics, sources: sources), as: UTF8.self)
    }

    /// The same text as `render(_:sources:)`, as its UTF-8 bytes: for a caller that writes them
    /// out as they are (`check`), without a `String` made of them, whose bytes are checked again
    /// (4.4 M instructions for the 1,000 warnings of N = 5,000; docs/performance.md, "Compile,
    /// twentieth round"). Every part is a `String`'s bytes or ASCII, so the bytes are valid UTF-8.
    public func renderUTF8(_ diagnostics: [Diagnostic], sources: SourceManager) -> [UInt8] {
        // Written into one buffer of bytes as it goes: a string for each diagnostic and each
        // part of it, interpolated and joined, cost about 23,000 instructions a warning
        // (docs/performance.md, "Compile, sixteenth round"); each part appended to one `String`,
        // about 365 instructions a part, some 24 parts a warning ("Compile, eighteenth round").
        var out: [UInt8] = []
        out.reserveCapacity(diagnostics.count * 384)
        for diagnostic in diagnostics {
            render(diagnostic, sources: sources, into: &out)
            out.append(0x0A)
        }
        return out
    }

    /// Renders one diagnostic.
    public func render(_ diagnostic: Diagnostic, sources: SourceManager) -> String {
        var out: [UInt8] = []
        render(diagnostic, sources: sources, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one diagnostic as `render(_:sources:)` writes it.
    private func render(_ diagnostic: Diagnostic, sources: SourceManager, into out: inout [UInt8]) {
        headline(diagnostic.range, label: diagnostic.severity.rawValue, message: diagnostic.message, code: diagnostic.code.rawValue, into: &out)
        excerpt(diagnostic.range, sources: sources, into: &out)
        for suggestion in diagnostic.suggestions.prefix(3) {
            Self.append("      = did you mean '", to: &out)
            Self.append(suggestion, to: &out)
            Self.append("'?\n", to: &out)
        }
        if let help = diagnostic.help {
            Self.append("      = ", to: &out)
            Self.append(help, to: &out)
            out.append(0x0A)
        }
        for note in diagnostic.notes {
            headline(note.range, label: "note", message: note.message, code: nil, into: &out)
            excerpt(note.range, sources: sources, into: &out)
        }
    }

    /// Appends a string's UTF-8 bytes.
    @inline(__always)
    private static func append(_ string: String, to out: inout [UInt8]) {
        var string = string
        string.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends a number in decimal, as `String(number)` writes it.
    private static func append(number: Int, to out: inout [UInt8]) {
        guard number >= 0, number < 1_000_000 else {
            append(String(number), to: &out)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(0x30 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }

    /// Source lines longer than this are shown as a window around the mistake.
    static let maximumWidth = 100

    /// `file:line:col: label: message [code]` and a line break (the place only with a range, the code only when given).
    private func headline(_ range: SourceRange?, label: String, message: String, code: String?, into out: inout [UInt8]) {
        if let range {
            let start = range.start
            Self.append(start.file, to: &out)
            out.append(0x3A)
            Self.append(number: start.line, to: &out)
            out.append(0x3A)
            Self.append(number: start.column, to: &out)
            out.append(0x3A)
            out.append(0x20)
        }
        Self.append(decorate(label), to: &out)
        out.append(0x3A)
        out.append(0x20)
        Self.append(message, to: &out)
        if let code {
            out.append(0x20)
            out.append(0x5B)
            Self.append(code, to: &out)
            out.append(0x5D)
        }
        out.append(0x0A)
    }

    private func excerpt(_ range: SourceRange?, sources: SourceManager, into out: inout [UInt8]) {
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
        Self.append(number, to: &out)
        Self.append(" | ", to: &out)
        Self.append(shown, to: &out)
        out.append(0x0A)
        Self.append(0x20, count: gutter, to: &out)
        Self.append(" | ", to: &out)
        Self.append(0x20, count: max(0, column - 1), to: &out)
        let tildes = max(0, min(range.length, available) - 1)
        if style == .ansi {
            Self.append(decorateCaret("^" + Self.run(of: 0x7E, count: tildes)), to: &out)
        } else {
            out.append(0x5E)
            Self.append(0x7E, count: tildes, to: &out)
        }
        out.append(0x0A)
    }

    /// Appends `count` copies of an ASCII byte (a space, a tilde).
    private static func append(_ byte: UInt8, count: Int, to out: inout [UInt8]) {
        guard count > 0 else { return }
        out.append(contentsOf: repeatElement(byte, count: count))
    }

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
