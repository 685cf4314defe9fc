import AdventureEngine
import OutputRendering
import StoryModel

/// Plays a story with a reader and a sink: the read–perform–render loop, and the requests the
/// engine leaves to the front end (quit, restart, save, restore, transcripts).
public struct PlaySession<Reader: LineReader, Sink: OutputSink> {
    public private(set) var game: Game
    var reader: Reader
    var sink: Sink
    let renderer: TurnRenderer
    let seed: UInt64
    /// Where `transcript on` writes; nil when transcripts are not available.
    public var transcriptPath: String?
    private var transcript: TranscriptFile?
    public static var prompt: String { "> " }
    /// Called after every turn with the game, which it may replace: autosaving, and the tests'
    /// save-and-reload round trip.
    public var afterEachTurn: ((Game) -> Game)?

    public init(story: Story, seed: UInt64 = 1, reader: Reader, sink: Sink, renderer: TurnRenderer) {
        self.seed = seed
        self.reader = reader
        self.sink = sink
        self.renderer = renderer
        game = Game(story: story, seed: seed)
    }

    /// Plays until the player quits or the input ends. Returns the sink.
    public mutating func run() -> Sink {
        let (fresh, opening) = Game.start(story: game.story, seed: seed)
        game = fresh
        if let afterEachTurn { game = afterEachTurn(game) }
        show(opening)
        while true {
            write("\n")
            guard let line = nextLine() else { break }
            if handleFrontEndCommand(line) { continue }
            let turn = game.perform(line)
            show(turn)
            let flow = handleRequests(turn)
            if let afterEachTurn { game = afterEachTurn(game) }
            if flow == .stop { break }
        }
        transcript?.close()
        return sink
    }

    /// The next line the player typed, or nil when they are leaving.
    private mutating func nextLine() -> String? {
        while true {
            if reader.echoesCommands { sink.write(Self.prompt) }
            switch reader.readLine(prompt: Self.prompt) {
            case .endOfInput:
                if reader.echoesCommands {
                    sink.write("\n")
                    return nil
                }
                sink.write("\n")
                if confirm("Do you want to stop playing? (y/n)") { return nil }
            case .interrupted:
                continue
            case .line(let line):
                if reader.echoesCommands { sink.write(line + "\n") }
                transcript?.write(Self.prompt + line + "\n")
                if !line.allSatisfy(\.isWhitespace) { reader.addToHistory(line) }
                return line
            }
        }
    }

    /// Asks a yes/no question; end of input counts as yes.
    mutating func confirm(_ question: String) -> Bool {
        write(renderer.render(.question(question)) ?? question)
        write("\n")
        if reader.echoesCommands { sink.write(Self.prompt) }
        switch reader.readLine(prompt: Self.prompt) {
        case .line(let answer):
            if reader.echoesCommands { sink.write(answer + "\n") }
            return ["y", "yes"].contains(answer.trimmingCharacters().lowercased())
        case .endOfInput:
            return true
        case .interrupted:
            return false
        }
    }

    /// Commands only the front end understands (`transcript on|off`); true when handled.
    private mutating func handleFrontEndCommand(_ line: String) -> Bool {
        let words = line.lowercased().split(separator: " ").map(String.init)
        guard words.first == "transcript", words.count <= 2 else { return false }
        switch words.dropFirst().first {
        case "on":
            guard let path = transcriptPath else {
                say(.error("Transcripts are not available here."))
                return true
            }
            transcript?.close()
            transcript = TranscriptFile(path: path)
            say(transcript == nil ? .error("Cannot write the transcript to \(path).") : .paragraph("Writing a transcript of this session to \(path)."))
        case "off":
            say(.paragraph(transcript == nil ? "No transcript is being written." : "The transcript is closed."))
            transcript?.close()
            transcript = nil
        default:
            say(.paragraph(transcript.map { "A transcript is being written to \($0.path). Type 'transcript off' to stop." }
                    ?? "Type 'transcript on' to write this session to a file."))
        }
        return true
    }

    private enum Flow { case go, stop }

    private mutating func handleRequests(_ turn: Turn) -> Flow {
        for case .request(let request) in turn.outputs {
            switch request {
            case .quit:
                say(.paragraph(game.engine.progressSummary(game.state) + " Goodbye."))
                return .stop
            case .restart:
                let (fresh, opening) = Game.start(story: game.story, seed: seed)
                game = fresh
                write("\n")
                show(opening)
            case .save, .restore:
                say(.error("Saving and restoring are not available yet."))
            }
        }
        return .go
    }

    private mutating func say(_ output: Output) {
        show(Turn(outputs: [output]))
    }

    private mutating func show(_ turn: Turn) {
        write(renderer.render(turn))
        if let transcript, !turn.outputs.isEmpty {
            transcript.write(TurnRenderer(width: renderer.wrapper.width, style: .plain).render(turn) + "\n")
        }
    }

    private mutating func write(_ text: String) {
        sink.write(text)
    }
}

private extension String {
    func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
