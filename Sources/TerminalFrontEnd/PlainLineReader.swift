/// Reads lines from standard input or from a list of lines, without readline: for pipes,
/// scripts (`--script FILE`) and tests, so transcripts come out clean.
public struct PlainLineReader: LineReader {
    private var lines: [String]?
    private var position = 0

    /// Reads from standard input.
    public init() {
        lines = nil
    }

    /// Reads from a script's lines.
    public init(lines: [String]) {
        self.lines = lines
    }

    public mutating func readLine(prompt: String) -> LineInput {
        if let lines {
            guard position < lines.count else { return .endOfInput }
            defer { position += 1 }
            return .line(TypedInput.clean(lines[position]))
        }
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(TypedInput.clean(line))
    }

    public mutating func addToHistory(_ line: String) {}

    public var echoesCommands: Bool { true }

    /// A script's lines are at hand; standard input may be a program waiting for the prompt.
    public var readsWithoutWaiting: Bool { lines != nil }
}
