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
    /// Remembers a line for the history (readline); plain readers ignore it.
    mutating func addToHistory(_ line: String)
    /// True when the reader echoes nothing itself, so the session prints `> command` lines to
    /// make a transcript read like a session.
    var echoesCommands: Bool { get }
}
