/// Text from a save or a file name made safe to print on a teacher's terminal or in a document:
/// control characters (escape sequences that clear the screen or set the window title), and the
/// invisible marks that reverse text, each become a visible U+FFFD.
public enum TerminalSafeText {
    public static func clean(_ text: String, keepingLines: Bool = false) -> String {
        func unsafe(_ scalar: Unicode.Scalar) -> Bool { isUnsafe(scalar) && !(keepingLines && scalar == "\n") }
        guard text.unicodeScalars.contains(where: unsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(unsafe(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    /// C0 and C1 controls, DEL, and the bidirectional overrides and isolates.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// A CSV field that a spreadsheet will not run as a formula.
    public static func spreadsheetCell(_ text: String) -> String {
        let text = clean(text)
        guard let first = text.first, "=+@".contains(first) || (first == "-" && text.count > 1 && !text.dropFirst().allSatisfy(\.isNumber)) else {
            return text
        }
        return "'" + text
    }
}
