@_exported import GameSession
import AdventureEngine
import OutputRendering
import SaveGames
import StoryModel

/// Plays a story with a reader and a sink: reads lines, renders what the game says, and asks the
/// player. Everything else (continuing, autosave, saves, restart, transcripts) is the
/// front-end-neutral `GameSession`, which the classroom server drives too.
public struct PlaySession<Reader: LineReader, Sink: OutputSink> {
    public let session: GameSession
    public var game: Game { session.game }
    var reader: Reader
    var sink: Sink
    var renderer: TurnRenderer
    /// The width to wrap at now, when it follows the terminal's (the window may be resized
    /// during the game); nil keeps the renderer's width (`--width`, piped output).
    public var currentWidth: (() -> Int?)?
    public static var prompt: String { "> " }
    /// A command typed at "(Press Enter to begin.)" (often begun at `[more]` in the
    /// introduction): it is the first command, not thrown away.
    private var commandTypedAtPause: String?
    /// Text held back to go out with a later write. A script's lines are at hand (it waits for
    /// no one), so from a script everything is held back and written in chunks of at least
    /// `scriptChunk` bytes and at the end, as C's standard output does into a pipe: a write into
    /// a pipe cost about 1.5 µs of the process's CPU time, a third of a command's, at two writes a
    /// command (docs/performance.md, "Per command, twentieth round"). Always empty with a reader
    /// that waits: whatever is said goes out before the player is asked for the next line.
    /// Bytes kept with their capacity between chunks: a `String` grown by `+=` cost about 365
    /// instructions an append, four appends a command (docs/performance.md, "Per command,
    /// twenty-first round").
    private var heldBack: [UInt8] = []
    /// How much of a script's output is held back before it is written.
    static var scriptChunk: Int { 16_384 }

    /// Where `transcript on` writes; nil when transcripts are not available.
    public var transcriptPath: String? {
        get { session.transcriptPath }
        set { session.transcriptPath = newValue }
    }
    /// Called after every turn with the game, which it may replace: the tests' save-and-reload
    /// round trip, and Tab completion's view of the game.
    public var afterEachTurn: ((Game) -> Game)? {
        get { session.afterEachTurn }
        set { session.afterEachTurn = newValue }
    }
    /// The player's saves; nil when playing without a name (nothing is saved).
    public var slots: SaveSlots? {
        get { session.slots }
        set { session.slots = newValue }
    }
    /// True when the player is at the keyboard: the session may pause and ask questions
    /// (continue the last game? really restart?).
    public var isInteractive: Bool {
        get { session.isInteractive }
        set { session.isInteractive = newValue }
    }
    /// How the game is started from a shell (`GameSession.startCommand`).
    public var startCommand: String {
        get { session.startCommand }
        set { session.startCommand = newValue }
    }

    public init(story: Story, seed: UInt64 = 1, reader: Reader, sink: Sink, renderer: TurnRenderer) {
        self.init(engine: Engine(story: story), seed: seed, reader: reader, sink: sink, renderer: renderer)
    }

    /// A session on an engine already built for its story (`Engine(parser:)`).
    public init(engine: Engine, seed: UInt64 = 1, reader: Reader, sink: Sink, renderer: TurnRenderer) {
        session = GameSession(engine: engine, seed: seed)
        session.transcriptWidth = renderer.wrapper.width
        self.reader = reader
        self.sink = sink
        self.renderer = renderer
    }

    /// Plays until the player quits or the input ends. Returns the sink.
    public mutating func run() -> Sink {
        let session = session
        session.begin(&self)
        while true {
            output("\n")
            guard let line = nextLine() else { break }
            if session.perform(line, &self) == .stop { break }
        }
        session.end(&self)
        flush()
        return sink
    }

    /// Writes text now, or holds it back when the next line is at hand anyway (a script).
    private mutating func output(_ text: String) {
        guard reader.readsWithoutWaiting else {
            if !text.isEmpty { sink.write(text) }
            return
        }
        if heldBack.capacity == 0 { heldBack.reserveCapacity(Self.scriptChunk * 2) }
        heldBack.append(contentsOf: text.utf8)
        if heldBack.count >= Self.scriptChunk { flush() }
    }

    /// Writes what is held back.
    private mutating func flush() {
        guard !heldBack.isEmpty else { return }
        sink.write(String(decoding: heldBack, as: UTF8.self))
        heldBack.removeAll(keepingCapacity: true)
    }

    /// The next line the player typed, or nil when they are leaving.
    private mutating func nextLine() -> String? {
        if let typed = commandTypedAtPause {
            commandTypedAtPause = nil
            // `look` typed at the pause: the opening scene just shown is the answer, not shown twice.
            if game.engine.isLookingAround(typed.withoutControlCharacters, in: game.state) {
                reader.addToHistory(typed.withoutControlCharacters)
                return nextLine()
            }
            // readline showed it after the pause's prompt, above the opening scene: show it
            // again where the command runs.
            output(Self.prompt)
            return accept(typed, echo: true)
        }
        while true {
            if reader.echoesCommands { output(Self.prompt) }
            switch reader.readLine(prompt: Self.prompt) {
            case .endOfInput:
                if reader.echoesCommands {
                    output("\n")
                    return nil
                }
                output("\n")
                if confirm("Do you want to stop playing? (y/n)") { return nil }
                // `n` after Ctrl-D: said, as after `quit` (the seventy-first blind player saw nothing).
                write((renderer.render(.paragraph("You carry on where you are.")) ?? "You carry on where you are.") + "\n")
            case .interrupted:
                continue
            case .line(let typed):
                return accept(typed, echo: reader.echoesCommands)
            }
        }
    }

    /// Echoes (when asked), records and remembers a line the player typed.
    private mutating func accept(_ typed: String, echo: Bool) -> String {
        let line = typed.withoutControlCharacters
        if echo {
            output(line)
            output("\n")
        }
        session.record(Self.prompt + line + "\n")
        if !line.isBlank { reader.addToHistory(line) }
        return line
    }
}

extension PlaySession: SessionHost {
    public mutating func show(_ turn: Turn) {
        followTerminalWidth()
        output(renderer.render(turn))
    }

    /// Wraps at the terminal's width of the moment, so a resized window gets lines that fit it.
    private mutating func followTerminalWidth() {
        guard let width = currentWidth?(), width >= 20, width != renderer.wrapper.width else { return }
        renderer = TurnRenderer(width: width, style: renderer.style)
    }

    public mutating func write(_ text: String) {
        output(text)
    }

    /// Asks a yes/no question; end of input counts as yes. `yep`, `sure` are yes and `nope`,
    /// `nah` no (YesOrNo.swift); anything else asks again, three times at most, then counts as no.
    public mutating func confirm(_ question: String) -> Bool {
        confirm(question, unclear: false)
    }

    /// The same, where three answers that are neither count as `unclear`.
    public mutating func confirm(_ question: String, unclear: Bool) -> Bool {
        followTerminalWidth()
        write(renderer.render(.question(question)) ?? question)
        write("\n")
        for _ in 0..<3 {
            if reader.echoesCommands { output(Self.prompt) }
            switch reader.readLine(prompt: Self.prompt) {
            case .line(let answer):
                if reader.echoesCommands { output(answer + "\n") }
                // Where no loses something, only a plain no is one (YesOrNo(carefulAnswer:)).
                if let said = unclear ? YesOrNo(carefulAnswer: answer) : YesOrNo(answer: answer) { return said == .yes }
                write((renderer.render(.question("Please answer yes or no.")) ?? "Please answer yes or no.") + "\n")
            case .endOfInput:
                return true
            case .interrupted:
                return false
            }
        }
        return unclear
    }

    public mutating func pauseAfterIntroduction() -> Bool {
        switch reader.readLine(prompt: "(Press Enter to begin.) ") {
        case .endOfInput:
            return false
        case .line(let typed) where !typed.withoutControlCharacters.allSatisfy(\.isWhitespace):
            commandTypedAtPause = typed
            return true
        case .line, .interrupted:
            return true
        }
    }
}

private extension String {
    func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
