/// What a player typed, made safe before the game sees it: control characters and escape
/// sequences (typed, pasted or piped) are removed, so they never reach the terminal, an echo or a
/// transcript; a tab is a space; invalid UTF-8 has already become U+FFFD when the line was
/// decoded; and a line is cut at `maximumLength` characters, so a megabyte pasted by accident
/// costs no more than a long command.
public enum TypedInput {
    public static let maximumLength = 1_000

    public static func clean(_ line: String) -> String {
        // Nearly every line is short printable ASCII, which stays as it is.
        if line.utf8.count <= maximumLength, line.isPrintableASCII { return line }
        var out = String.UnicodeScalarView()
        var count = 0
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\t" {
                out.append(" ")
            } else if scalar == "\u{1B}" {
                skipEscapeSequence(&scalars)
                continue
            } else if isControl(scalar) {
                continue
            } else {
                out.append(scalar)
            }
            count += 1
            if count >= maximumLength * 4 { break }
        }
        let text = String(out)
        return text.count > maximumLength ? String(text.prefix(maximumLength)) : text
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Skips the rest of an escape sequence: CSI (`ESC [ … final`), OSC (`ESC ] … BEL or ESC \`),
    /// or a single character after ESC.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let kind = scalars.next() else { return }
        switch kind {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "]", "P", "_", "^":
            var previous: Unicode.Scalar = " "
            while let next = scalars.next(), next != "\u{07}", !(previous == "\u{1B}" && next == "\\") { previous = next }
        default:
            return
        }
    }
}
