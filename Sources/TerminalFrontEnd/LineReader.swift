/// What reading a line of input gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C at the prompt.
    case interrupted
    /// End of input (Ctrl-D at an empty prompt, or the end of a piped file).
    case endOfInput
}

/// Reads the player's commands: readline on a terminal, plain lines otherwise.
public protocol LineReader {
    /// Shows the prompt (when interactive) and reads one line.
    mutating func readLine(prompt: String) -> LineInput
    /// Reads one line that begins with text the player already typed (a key pressed at
    /// `[more]`): readline shows it after the prompt, ready to be edited and finished.
    mutating func readLine(prompt: String, typedAhead: String) -> LineInput
    /// Remembers a line for the history (readline); plain readers ignore it.
    mutating func addToHistory(_ line: String)
    /// True when the reader echoes nothing itself, so the session prints `> command` lines to
    /// make a transcript read like a session.
    var echoesCommands: Bool { get }
    /// True when a line is at hand without waiting for anyone (a script's lines): the session
    /// may then hold the prompt back and write it with the echoed command, in one write.
    var readsWithoutWaiting: Bool { get }
}

extension LineReader {
    public var readsWithoutWaiting: Bool { false }

    /// Reads a line and puts the typed-ahead text in front of it (the end of input after text
    /// typed ahead gives that text as the line).
    public mutating func readLine(prompt: String, typedAhead: String) -> LineInput {
        let input = readLine(prompt: prompt)
        guard !typedAhead.isEmpty else { return input }
        switch input {
        case .line(let rest): return .line(TypedInput.clean(typedAhead + rest))
        case .endOfInput: return .line(TypedInput.clean(typedAhead))
        case .interrupted: return .interrupted
        }
    }
}
