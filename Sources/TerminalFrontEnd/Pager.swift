#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pauses a reply taller than the screen with `[more]`, so it does not scroll away before the
/// player has read it. Only at a keyboard: piped, `--script` and `--plain` play never page.
public final class Pager {
    /// The lines the screen shows now (asked again at every line, so a resized window is followed).
    var rows: Int { max(currentRows(), 4) }
    private let currentRows: () -> Int
    /// Lines written since the player last typed something.
    var linesSinceInput = 0
    /// Waits for the player to press a key.
    let waitForKey: () -> Void

    public convenience init(rows: Int, waitForKey: @escaping () -> Void = Pager.readOneKey) {
        self.init(currentRows: { rows }, waitForKey: waitForKey)
    }

    /// A pager whose screen height may change (the terminal window is resized).
    public init(currentRows: @escaping () -> Int, waitForKey: @escaping () -> Void = Pager.readOneKey) {
        self.currentRows = currentRows
        self.waitForKey = waitForKey
    }

    /// A pager for the terminal on standard output, following its height when the window is
    /// resized; nil when its height is unknown.
    public static func forTerminal() -> Pager? {
        guard Terminal.isTerminal(STDIN_FILENO), let rows = Terminal.height() else { return nil }
        return Pager(currentRows: { Terminal.height() ?? rows })
    }

    /// Reads one key from standard input without waiting for Enter, and without echoing it.
    public static func readOneKey() {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        var byte: UInt8 = 0
        _ = read(STDIN_FILENO, &byte, 1)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved)
    }

    /// Writes text, pausing with `[more]` each time a screenful has gone by since the last input.
    func write<Sink: OutputSink>(_ text: String, to sink: inout Sink) {
        var rest = Substring(text)
        while let newline = rest.firstIndex(of: "\n") {
            sink.write(String(rest[...newline]))
            rest = rest[rest.index(after: newline)...]
            linesSinceInput += 1
            if linesSinceInput >= rows - 1, !rest.isEmpty {
                sink.write("[more]")
                waitForKey()
                sink.write("\r\u{1B}[K")
                linesSinceInput = 0
            }
        }
        if !rest.isEmpty { sink.write(String(rest)) }
    }
}

/// Standard output, paged at a keyboard when there is a pager.
public struct PagedOutput<Base: OutputSink>: OutputSink {
    var base: Base
    let pager: Pager?

    public init(_ base: Base, pager: Pager?) {
        self.base = base
        self.pager = pager
    }

    public mutating func write(_ text: String) {
        guard let pager else { return base.write(text) }
        pager.write(text, to: &base)
    }
}

/// A reader that tells the pager when the player types, so each reply starts a new screenful.
public struct PagedLineReader<Base: LineReader>: LineReader {
    var base: Base
    let pager: Pager?

    public init(_ base: Base, pager: Pager?) {
        self.base = base
        self.pager = pager
    }

    public mutating func readLine(prompt: String) -> LineInput {
        let input = base.readLine(prompt: prompt)
        pager?.linesSinceInput = 0
        return input
    }

    public mutating func addToHistory(_ line: String) { base.addToHistory(line) }

    public var echoesCommands: Bool { base.echoesCommands }
}
