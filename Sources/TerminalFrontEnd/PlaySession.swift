import AdventureEngine
import OutputRendering
import StoryModel

/// Plays a story with a reader and a sink: the read–perform–render loop, and the requests the
/// engine leaves to the front end (quit, restart).
public struct PlaySession<Reader: LineReader, Sink: OutputSink> {
    public private(set) var game: Game
    var reader: Reader
    var sink: Sink
    let renderer: TurnRenderer
    let seed: UInt64
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
        show(opening)
        while true {
            sink.write("\n")
            if reader.echoesCommands { sink.write(Self.prompt) }
            switch reader.readLine(prompt: Self.prompt) {
            case .endOfInput:
                if reader.echoesCommands { sink.write("\n") }
                return sink
            case .interrupted:
                continue
            case .line(let line):
                if reader.echoesCommands { sink.write(line + "\n") }
                if !line.allSatisfy(\.isWhitespace) { reader.addToHistory(line) }
                let turn = game.perform(line)
                show(turn)
                if let afterEachTurn { game = afterEachTurn(game) }
                if handleRequests(turn) == .stop { return sink }
            }
        }
    }

    private enum Flow { case go, stop }

    private mutating func handleRequests(_ turn: Turn) -> Flow {
        for case .request(let request) in turn.outputs {
            switch request {
            case .quit:
                sink.write("\n" + renderer.render(.paragraph(game.engine.progressSummary(game.state)))! + "\nGoodbye.\n")
                return .stop
            case .restart:
                let (fresh, opening) = Game.start(story: game.story, seed: seed)
                game = fresh
                sink.write("\n")
                show(opening)
            case .save, .restore:
                sink.write(renderer.render(.error("Saving and restoring are not available yet."))! + "\n")
            }
        }
        return .go
    }

    private mutating func show(_ turn: Turn) {
        sink.write(renderer.render(turn))
    }
}
