#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pauses a reply taller than the screen with `[more]`, so it does not scroll away before the
/// player has read it. Only at a keyboard: piped, `--script` and `--plain` play never page.
///
/// A key that types something at `[more]` is never lost: it shows the rest of the reply without
/// further pauses and becomes the first character of the next line (see `MoreKey`).
public final class Pager {
    /// The lines the screen shows now (asked again at every line, so a resized window is followed).
    var rows: Int { max(currentRows(), 4) }
    private let currentRows: () -> Int
    /// Lines written since the player last typed something.
    var linesSinceInput = 0
    /// What the player began typing at `[more]`, for the next line; while there is some, the
    /// rest of the reply goes by without pausing.
    private(set) var typedAhead: String?
    /// Waits for the player to press a key at `[more]`.
    let waitForKey: () -> MoreKey

    public convenience init(rows: Int, waitForKey: @escaping () -> MoreKey = MoreKey.read) {
        self.init(currentRows: { rows }, waitForKey: waitForKey)
    }

    /// A pager whose screen height may change (the terminal window is resized).
    public init(currentRows: @escaping () -> Int, waitForKey: @escaping () -> MoreKey = MoreKey.read) {
        self.currentRows = currentRows
        self.waitForKey = waitForKey
    }

    /// A pager for the terminal on standard output, following its height when the window is
    /// resized; nil when its height is unknown.
    public static func forTerminal() -> Pager? {
        guard Terminal.isTerminal(STDIN_FILENO), let rows = Terminal.height() else { return nil }
        return Pager(currentRows: { Terminal.height() ?? rows })
    }

    /// Writes text, pausing with `[more]` each time a screenful has gone by since the last
    /// input, unless the player has begun typing the next command.
    func write<Sink: OutputSink>(_ text: String, to sink: inout Sink) {
        var rest = Substring(text)
        while let newline = rest.firstIndex(of: "\n") {
            sink.write(String(rest[...newline]))
            rest = rest[rest.index(after: newline)...]
            linesSinceInput += 1
            if typedAhead == nil, linesSinceInput >= rows - 1, !rest.isEmpty {
                sink.write("[more]")
                let key = waitForKey()
                sink.write("\r\u{1B}[K")
                linesSinceInput = 0
                if case .typing(let text) = key { typedAhead = text }
            }
        }
        if !rest.isEmpty { sink.write(String(rest)) }
    }

    /// Takes what the player began typing at `[more]` (empty when nothing), for the line about
    /// to be read; paging resumes with the next reply.
    func takeTypedAhead() -> String {
        defer { typedAhead = nil }
        return typedAhead ?? ""
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
        readLine(prompt: prompt, typedAhead: "")
    }

    /// Reads a line that starts with what the player typed at `[more]`, if anything.
    public mutating func readLine(prompt: String, typedAhead: String) -> LineInput {
        let typed = (pager?.takeTypedAhead() ?? "") + typedAhead
        let input = typed.isEmpty ? base.readLine(prompt: prompt) : base.readLine(prompt: prompt, typedAhead: typed)
        pager?.linesSinceInput = 0
        return input
    }

    public mutating func addToHistory(_ line: String) { base.addToHistory(line) }

    public var echoesCommands: Bool { base.echoesCommands }

    public var readsWithoutWaiting: Bool { base.readsWithoutWaiting }
}
