/// How output is decorated.
public enum TextStyle: Sendable, Equatable {
    /// No colour or emphasis: for pipes, files and tests.
    case plain
    /// ANSI bold and colour, for terminals.
    case ansi
    /// For screen readers: plain, and no symbols a speech synthesizer would read as noise.
    case screenReader

    func bold(_ text: String) -> String {
        self == .ansi ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    func colour(_ code: String, _ text: String) -> String {
        self == .ansi ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
