import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// The completion words for a line: given the words before the one being typed and its prefix.
public typealias CompletionSource = (_ before: [String], _ prefix: String) -> [String]

// readline calls back into C function pointers that cannot capture context, so the reader keeps
// what they need in these globals. Only one readline session runs at a time, on the main thread.
nonisolated(unsafe) private var activeCompletion: CompletionSource?
nonisolated(unsafe) private var pendingMatches: [String] = []
nonisolated(unsafe) private var nextMatch = 0
nonisolated(unsafe) private var interruptRequested: Int32 = 0
/// Text the player typed at `[more]`, put into the next line when readline starts it.
nonisolated(unsafe) private var typedAheadForNextLine = ""

/// Reads commands with GNU readline: line editing, history, `~/.inputrc`, Tab completion;
/// Ctrl-C clears the line instead of ending the game.
public final class ReadlineLineReader: LineReader {
    private var historyFile: String?
    private var previousInterruptAction = sigaction()

    /// - Parameters:
    ///   - historyFile: where the command history is kept between sessions, if anywhere.
    ///   - completion: the words that may complete the word being typed.
    public init(historyFile: String?, completion: @escaping CompletionSource) {
        self.historyFile = historyFile
        activeCompletion = completion
        elbe_rl_name_program()
        elbe_rl_set_catch_signals(0)
        elbe_rl_set_completion_function(complete)
        elbe_rl_set_getc_function(readCharacter)
        elbe_rl_set_startup_hook(insertTypedAhead)
        if let historyFile { _ = read_history(historyFile) }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptRequested = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, &previousInterruptAction)
    }

    /// Starts keeping the history in a file (loading what it already holds).
    public func useHistoryFile(_ path: String) {
        historyFile = path
        clear_history()
        _ = read_history(path)
    }

    deinit {
        sigaction(SIGINT, &previousInterruptAction, nil)
        activeCompletion = nil
    }

    public func readLine(prompt: String) -> LineInput {
        interruptRequested = 0
        // The window may have been resized while the game was writing (readline only hears of a
        // resize while it is reading): take the size of the moment, so the line wraps right.
        elbe_rl_follow_screen_size()
        guard let line = readline(prompt) else { return .endOfInput }
        defer { free(line) }
        if interruptRequested != 0 {
            interruptRequested = 0
            if interruptedOnEmptyLine {
                writeAll("(To leave the game, type 'quit' or press Ctrl-D.)\n", to: STDOUT_FILENO)
            }
            return .interrupted
        }
        return .line(TypedInput.clean(String(cString: line)))
    }

    /// Reads a line that already holds what the player typed at `[more]`, with the cursor after
    /// it, as if typed at the prompt: editing, Tab and Ctrl-C work on it as on any line.
    public func readLine(prompt: String, typedAhead: String) -> LineInput {
        typedAheadForNextLine = typedAhead
        defer { typedAheadForNextLine = "" }
        return readLine(prompt: prompt)
    }

    public func addToHistory(_ line: String) {
        add_history(line)
        if let historyFile {
            if append_history(1, historyFile) != 0 { _ = write_history(historyFile) }
            _ = history_truncate_file(historyFile, 1000)
        }
    }

    public var echoesCommands: Bool { false }
}

/// readline's completion entry point: offers the words the game suggests, never file names.
private let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, _ in
    elbe_rl_set_attempted_completion_over(1)
    guard let text, let source = activeCompletion else { return nil }
    let prefix = String(cString: text).lowercased()
    let line = String(cString: elbe_rl_line_buffer())
    let before = String(decoding: line.utf8.prefix(Int(start)), as: UTF8.self)
    let words = before.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") })
        .map(String.init).filter { !["the", "a", "an"].contains($0) }
    pendingMatches = source(words, prefix)
    nextMatch = 0
    return rl_completion_matches(text, generateMatch)
}

private let generateMatch: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
    if state == 0 { nextMatch = 0 }
    guard nextMatch < pendingMatches.count else { return nil }
    defer { nextMatch += 1 }
    return strdup(pendingMatches[nextMatch])
}

/// readline's startup hook: puts the typed-ahead text into the new line before the prompt shows.
private let insertTypedAhead: @convention(c) () -> Int32 = {
    if !typedAheadForNextLine.isEmpty {
        _ = rl_insert_text(typedAheadForNextLine)
        typedAheadForNextLine = ""
    }
    return 0
}

/// True when the last Ctrl-C came on an empty line, so the reader says how to leave.
nonisolated(unsafe) private var interruptedOnEmptyLine = false

/// Reads one key for readline; when Ctrl-C interrupts the read, clears the line and ends it.
private let readCharacter: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
    guard let stream else { return EOF }
    while true {
        var byte: UInt8 = 0
        let count = read(fileno(stream), &byte, 1)
        if count == 1 { return Int32(byte) }
        if count == 0 { return EOF }
        if errno == EINTR {
            if interruptRequested != 0 {
                interruptedOnEmptyLine = String(cString: elbe_rl_line_buffer()).isEmpty
                elbe_rl_clear_line()
                return 10
            }
            continue
        }
        return EOF
    }
}
