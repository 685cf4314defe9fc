import Foundation
import AdventureEngine
import OutputRendering
import SaveGames
import StoryModel

/// Plays a story with a reader and a sink: the read–perform–render loop, and the requests the
/// engine leaves to the front end (quit, restart, save, restore, transcripts).
public struct PlaySession<Reader: LineReader, Sink: OutputSink> {
    public private(set) var game: Game
    /// What a new game shows first: the title, the introduction, the first scene.
    private let opening: Turn
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
    /// The player's saves; nil when playing without a name (nothing is saved).
    public var slots: SaveSlots?
    /// True when the player is at the keyboard: the session may pause and ask questions
    /// (continue the last game? really restart?).
    public var isInteractive = false

    public init(story: Story, seed: UInt64 = 1, reader: Reader, sink: Sink, renderer: TurnRenderer) {
        self.seed = seed
        self.reader = reader
        self.sink = sink
        self.renderer = renderer
        (game, opening) = Game.start(story: story, seed: seed)
    }

    /// Plays until the player quits or the input ends. Returns the sink.
    public mutating func run() -> Sink {
        if !resumeAutosave() {
            showOpening(opening)
            autosave()
        }
        if let afterEachTurn { game = afterEachTurn(game) }
        while true {
            write("\n")
            guard let line = nextLine() else { break }
            if handleFrontEndCommand(line) { continue }
            let before = game.state.core
            let turn = game.perform(line)
            show(turn)
            let flow = handleRequests(turn)
            if game.state.core != before || turn.endedStory { autosave() }
            if let afterEachTurn { game = afterEachTurn(game) }
            if flow == .stop { break }
        }
        autosave()
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
            case .line(let typed):
                let line = typed.withoutControlCharacters
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
            transcript?.write("\n=== Transcript of \(slots?.store.player.display ?? "a game") of \(game.story.metadata.title), started \(Self.now()) ===\n\n")
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
                if isInteractive {
                    write("\n")
                    guard confirm("Are you sure you want to stop playing? (y/n)") else {
                        say(.paragraph("You carry on where you are."))
                        continue
                    }
                }
                say(.paragraph(game.engine.progressSummary(game.state) + " Goodbye."))
                return .stop
            case .restart:
                if isInteractive {
                    write("\n")
                    guard confirm("Start the story again from the beginning? (y/n)") else {
                        say(.paragraph("You carry on where you are."))
                        continue
                    }
                }
                slots?.setAsideAutosave()
                let (fresh, opening) = Game.start(story: game.story, seed: seed)
                game = fresh
                write("\n")
                showOpening(opening)
                autosave()
            case .save(let name):
                guard let slots else {
                    say(.error("Saving needs a player name: start the game with --player NAME."))
                    continue
                }
                say(slots.save(game, name: name))
            case .restore(let name):
                restore(named: name)
            case .listSaves:
                say(slots?.listing() ?? .error("Saves need a player name: start the game with --player NAME."))
            }
        }
        return .go
    }

    /// Offers to continue the last unfinished game; true when the player did. Any other game in
    /// the autosave is kept under another name before the new game's autosave replaces it.
    private mutating func resumeAutosave() -> Bool {
        guard let slots else { return false }
        switch slots.autosaveAtStart() {
        case .none:
            return false
        case .finished:
            if let kept = slots.setAsideAutosave() {
                say(.paragraph("Your finished game is kept as '\(kept)'. A new game begins."))
                write("\n")
            }
            return false
        case .unfinished(let file):
            if isInteractive,
               confirm("Welcome back, \(slots.store.player.display). Continue where you left off (\(file.summary.progressText))? (y/n)"),
               resume(file, named: "autosave", path: slots.store.path(of: .autosave)) {
                return true
            }
        case .damaged(let problem, let backup):
            say(.error("\(problem)"))
            write("\n")
            if let backup, isInteractive,
               confirm("An earlier copy of your game can be read (\(backup.summary.progressText)). Continue from it? (y/n)"),
               resume(backup, named: "autosave (earlier copy)", path: slots.store.backupPath(of: .autosave)) {
                return true
            }
            if let kept = slots.setAsideAutosaveBackup() {
                say(.paragraph("The earlier copy of your game is kept as '\(kept)': type 'restore \(kept)' to go back to it."))
                write("\n")
            }
        }
        if let kept = slots.setAsideAutosave() {
            say(.paragraph("Your last game is kept as '\(kept)': type 'restore \(kept)' to go back to it."))
            write("\n")
        }
        return false
    }

    private mutating func resume(_ file: SaveFile, named name: String, path: String) -> Bool {
        guard let slots else { return false }
        do {
            let (restored, notes) = try slots.restore(file, named: name, path: path)
            game = restored
            write("\n")
            show(Turn(outputs: notes))
            write("\n")
            show(game.engine.lookTurn(game.state))
            return true
        } catch {
            say(.error("\(error)"))
            return false
        }
    }

    /// Shows the opening; at a keyboard, pauses after the title and introduction so they do not
    /// scroll away before the player has read them.
    private mutating func showOpening(_ opening: Turn) {
        guard isInteractive, let split = opening.outputs.firstIndex(where: { if case .heading = $0 { true } else { false } }),
              split > 1 else {
            show(opening)
            return
        }
        show(Turn(outputs: Array(opening.outputs[..<split])))
        write("\n")
        if case .endOfInput = reader.readLine(prompt: "(Press Enter to begin.) ") { return }
        write("\n")
        show(Turn(outputs: Array(opening.outputs[split...])))
    }

    private mutating func autosave() {
        if let slots, let problem = slots.autosave(game) { say(problem) }
    }

    private mutating func restore(named name: String?) {
        guard let slots else {
            say(.error("Restoring needs a player name: start the game with --player NAME."))
            return
        }
        do {
            let (saveName, file) = try slots.fileToRestore(named: name)
            let kept = saveName.display != "before restoring" && slots.keepBeforeRestoring(game)
            let (restored, notes) = try slots.restore(file, named: saveName.display, path: slots.store.path(of: saveName))
            game = restored
            show(Turn(outputs: notes + (kept ? [.paragraph("(The game you were playing is kept as 'before restoring'.)")] : [])))
            write("\n")
            show(game.engine.lookTurn(game.state))
        } catch {
            say(.error("\(error)"))
            guard let name, let saveName = try? SaveName(name),
                  let backup = try? slots.store.readBackup(saveName, storyID: slots.stamp.id) else { return }
            write("\n")
            if confirm("The previous version of '\(saveName)' (\(backup.summary.progressText)) can be read. Restore it instead? (y/n)") {
                _ = slots.keepBeforeRestoring(game)
                if let (restored, notes) = try? slots.restore(backup, named: saveName.display, path: slots.store.backupPath(of: saveName)) {
                    game = restored
                    show(Turn(outputs: notes))
                }
            }
        }
    }

    /// The current date and time, for transcript headers (never part of the game's own output).
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date()).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
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
