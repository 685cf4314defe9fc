import AdventureEngine
import Foundation
import OutputRendering
import SaveGames
import StoryModel

/// One player's game, whatever the front end: continuing where they left off, autosaving after
/// every move, the save, restore, restart and quit requests the engine leaves to the front end,
/// `transcript on|off`, and the player's lock (held by `slots`).
///
/// The terminal's `PlaySession` and the classroom server both drive it through a `SessionHost`,
/// so a game behaves the same in a terminal and in a browser, and both use the same saves.
public final class GameSession {
    public private(set) var game: Game
    /// What a new game shows first: the title, the introduction, the first scene.
    private let opening: Turn
    public let seed: UInt64
    /// The player's saves; nil when playing without a name (nothing is saved).
    public var slots: SaveSlots?
    /// True when the player is there to answer: the session may pause and ask questions
    /// (continue the last game? really restart?).
    public var isInteractive = false
    /// Where `transcript on` writes; nil when transcripts are not available.
    public var transcriptPath: String?
    /// The width transcripts are wrapped at.
    public var transcriptWidth = 80
    /// How this game is started from a shell, for "start it again with a name": `elbe-adventure`
    /// for the bundled story, `elbe-adventure play FILE` for another (a blind author's own story
    /// was told to type a command that starts the bundled one).
    public var startCommand = "elbe-adventure"
    private var transcript: TranscriptFile?
    /// The game's core at its last autosave: the session's end writes the game only when it moved since.
    private var autosavedCore: GameState.Core?
    /// True when a transcript was closed because it could not be written, until the player is told.
    private var lostTranscript = false
    /// Called after every turn with the game, which it may replace: the tests' save-and-reload
    /// round trip, and the terminal's Tab completion.
    public var afterEachTurn: ((Game) -> Game)?

    public convenience init(story: Story, seed: UInt64 = 1) {
        self.init(engine: Engine(story: story), seed: seed)
    }

    /// A session on an engine already built for its story (`Engine(parser:)`).
    public init(engine: Engine, seed: UInt64 = 1) {
        self.seed = seed
        (game, opening) = Game.start(engine: engine, seed: seed)
    }

    /// Whether the session goes on after a line.
    public enum Flow: Sendable { case go, stop }

    /// Starts the session: continues the last unfinished game or shows the opening.
    public func begin<Host: SessionHost>(_ host: inout Host) {
        if !resumeAutosave(&host) {
            showOpening(opening, &host)
            autosave(&host)
        }
        if let afterEachTurn { game = afterEachTurn(game) }
    }

    /// Plays one line the player typed.
    public func perform<Host: SessionHost>(_ line: String, _ host: inout Host) -> Flow {
        if handleFrontEndCommand(line, &host) { return .go }
        let before = game.state.core
        let turn = game.perform(line)
        show(turn, &host)
        let flow = handleRequests(turn, &host)
        if game.state.core != before || turn.endedStory { autosave(&host) }
        if let afterEachTurn { game = afterEachTurn(game) }
        return flow
    }

    /// Ends the session: a last autosave when the game moved since the last one, flushed to
    /// disk, and the transcript closed. Commands that took no turn (`look`, `journal`) are left
    /// out of it: written, they made the file newer, and the teacher's "Last played" with it (a
    /// blind teacher, session 38, saw a student who only read the journal and quit "play" today).
    public func end<Host: SessionHost>(_ host: inout Host) {
        if game.state.core != autosavedCore { autosave(&host) }
        DeferredSync.shared.flushNow()
        transcript?.close()
        transcript = nil
    }

    /// True when the last move's autosave left its snapshot for `writeOwedSnapshot` (only with
    /// `slots.defersSnapshots`).
    public var owesSnapshot: Bool { slots?.owesSnapshot ?? false }

    /// Writes the snapshot the last move's autosave left owed; the front end calls it once the
    /// move's answer is out, before the next move.
    public func writeOwedSnapshot() {
        slots?.writeOwedSnapshot(game)
    }

    /// Adds what the player typed (or any other text) to the transcript, when one is written.
    public func record(_ text: @autoclosure () -> String) {
        // The text is made only when a transcript is being written (most games write none).
        if transcript != nil { transcribe(text()) }
    }

    /// Words that complete `prefix` after the words `before`: the engine's `Completer`, with the
    /// player's save names after `restore` and `save`.
    public func completions(before: [String], prefix: String) -> [String] {
        Completer(engine: game.engine).completions(after: before, prefix: prefix, state: game.state, extra: slots?.names() ?? [])
    }

    /// The journal as the `journal` command shows it.
    public var journalEntries: [FactEntry] { game.engine.journalEntries(game.state) }

    /// Starts writing the transcript to `transcriptPath`; false when it cannot be written.
    @discardableResult
    public func startTranscript() -> Bool {
        guard let path = transcriptPath else { return false }
        transcript?.close()
        transcript = TranscriptFile(path: path)
        guard let transcript, transcript.write("\n=== Transcript of \(slots?.store.player.display ?? "a game") of \(game.story.metadata.title), started \(Self.now()) ===\n\n") else {
            transcript?.close()
            transcript = nil
            return false
        }
        return true
    }

    /// Commands only the front end understands (`transcript on|off`); true when handled.
    private func handleFrontEndCommand<Host: SessionHost>(_ line: String, _ host: inout Host) -> Bool {
        // Nearly every line starts with other letters: no lowercased copy of it.
        guard Self.mayStartWithTranscript(line) else { return false }
        var words = line.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first, words.count <= 2 else { return false }
        // Inform's forms: `script`, `script on/off`, `unscript`, `noscript`; `transcript` alone
        // starts one as Inform's does (the seventy-first blind player: `script off` was "Sergeant
        // Brennan nods as you say so.").
        switch first {
        case "transcript", "script": if words.count == 1 { words.append(transcript == nil ? "on" : "") }
        case "unscript", "noscript": if words.count == 1 { words = ["transcript", "off"] } else { return false }
        default: return false
        }
        switch words.dropFirst().first {
        case "on":
            if let transcript {
                say(.paragraph("A transcript is already being written to \(transcript.path). Type 'transcript off' to stop."), &host)
                return true
            }
            guard let path = transcriptPath else {
                say(.error("Transcripts are not available here."), &host)
                return true
            }
            let started = startTranscript()
            say(started ? .paragraph("Writing a transcript of this session to \(path).") : .error("Cannot write the transcript to \(path)."), &host)
        case "off":
            say(.paragraph(transcript == nil ? "No transcript is being written." : "The transcript is closed."), &host)
            transcript?.close()
            transcript = nil
        default:
            say(.paragraph(transcript.map { "A transcript is being written to \($0.path). Type 'transcript off' to stop." }
                    ?? "Type 'transcript on' to write this session to a file."), &host)
        }
        return true
    }

    /// False when the line's first word cannot be `transcript` in any case, told from its ASCII
    /// letters (a line with other characters is left to `lowercased()`).
    /// (A plain loop: `zip` over `utf8.drop(while:)` made the Swift runtime build the metadata of
    /// those generic sequences on the first command, 1.4 M instructions of start-up.)
    static func mayStartWithTranscript(_ line: String) -> Bool {
        mayStart(line, with: "transcript") || mayStart(line, with: "script") || mayStart(line, with: "unscript")
            || mayStart(line, with: "noscript")
    }

    private static func mayStart(_ line: String, with word: StaticString) -> Bool {
        var wanted = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount).makeIterator()
        var started = false
        for typed in line.utf8 {
            if !started, typed == 0x20 { continue }
            started = true
            guard let want = wanted.next() else { return true }
            if typed >= 0x80 { return true }
            if typed | 0x20 != want { return false }
        }
        return true
    }

    /// Why a game played without a name keeps nothing, and how to keep it (the sixty-seventh blind
    /// run read "start the game with --player NAME" as a command to type in the game).
    func withoutSaves(_ what: String) -> String {
        "\(what): it was started without a player's name, so nothing can be kept. To keep your games, start it again "
            + "with a name (\(startCommand) --player NAME), or just \(startCommand) at a keyboard, which asks for one."
    }

    /// At a keyboard, asks before a step that ends the game in play; true when the player agrees
    /// (always true where nobody can be asked).
    private func agrees<Host: SessionHost>(_ question: String, _ host: inout Host) -> Bool {
        guard isInteractive else { return true }
        host.write("\n")
        if host.confirm(question) { return true }
        say(.paragraph("You carry on where you are."), &host)
        return false
    }

    private func handleRequests<Host: SessionHost>(_ turn: Turn, _ host: inout Host) -> Flow {
        for case .request(let request) in turn.outputs {
            switch request {
            case .quit:
                guard agrees("Are you sure you want to stop playing? (y/n)", &host) else { continue }
                // A student who did not `save` asked whether the lesson was kept (session 34).
                let kept = slots == nil ? "" : " Your game is kept: type the same name next time to go on."
                say(.paragraph(game.engine.progressSummary(game.state) + kept + " Goodbye."), &host)
                return .stop
            case .restart:
                guard agrees("Start the story again from the beginning? (y/n)", &host) else { continue }
                let kept = slots?.setAsideAutosave()
                // Its facts said, so that the empty journal of the new game is not read as homework
                // lost (a blind student's `restart` after 41 of 42 facts, session 27).
                let facts = game.state.factTurns.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
                let (fresh, opening) = Game.start(story: game.story, seed: seed)
                game = fresh
                host.write("\n")
                if let kept {
                    let withFacts = facts == 0 ? "" : ", with its \(facts) fact\(facts == 1 ? "" : "s"),"
                    say(.paragraph("Your game so far\(withFacts) is kept as '\(kept)': type 'restore \(kept)' to go back to it."), &host)
                    host.write("\n")
                }
                showOpening(opening, &host)
                autosave(&host)
            case .save(let name):
                guard let slots else {
                    say(.error(withoutSaves("This game is not being saved")), &host)
                    continue
                }
                say(slots.save(game, name: name), &host)
            case .restore(let name):
                restore(named: name, &host)
            case .listSaves:
                say(slots?.listing() ?? .error(withoutSaves("There are no saves in this game")), &host)
            }
        }
        return .go
    }

    /// Offers to continue the last unfinished game; true when the player did. Any other game in
    /// the autosave is kept under another name before the new game's autosave replaces it.
    private func resumeAutosave<Host: SessionHost>(_ host: inout Host) -> Bool {
        guard let slots else { return false }
        switch slots.autosaveAtStart() {
        case .none:
            return false
        case .finished(let file):
            // A player at a keyboard (the terminal, the browser) comes back to the ending, so the
            // journal is there at once (a teacher's next lesson reads it); `restart` plays again and
            // keeps this game. Piped play starts anew, as it always has.
            if isInteractive, resume(file, named: "autosave", path: slots.store.path(of: .autosave), &host) {
                autosavedCore = game.state.core
                host.write("\n")
                say(.paragraph("Welcome back, \(slots.store.player.display). Your story has ended (\(file.summary.progressText)); "
                    + "your journal is as you left it: type 'journal' to read it, or 'restart' to play again."), &host)
                return true
            }
            if let kept = slots.setAsideAutosave() {
                say(.paragraph("Your finished game is kept as '\(kept)'. A new game begins."), &host)
                host.write("\n")
            }
            return false
        case .unfinished(let file) where file.summary.turns == 0 && file.summary.factsUnlocked.isEmpty:
            // A game begun and left before its first move (a piped session, a tab closed at once)
            // is not offered, nor kept: the new game's autosave replaces it (session 35's teacher).
            return false
        case .unfinished(let file):
            if isInteractive,
               // Three answers that are neither (Enter, `score`) go on with the game: a blind
               // teacher's student was sent back to the start by them (session 34).
               host.confirm("Welcome back, \(slots.store.player.display). Continue where you left off (\(file.summary.progressText))? (y/n)", unclear: true),
               resume(file, named: "autosave", path: slots.store.path(of: .autosave), &host) {
                // The autosave holds this game: the session's end need not write it again.
                autosavedCore = game.state.core
                return true
            }
        case .damaged(let problem, let backup):
            say(.error("\(problem)"), &host)
            host.write("\n")
            if let backup, isInteractive,
               host.confirm("An earlier copy of your game can be read (\(backup.summary.progressText)). Continue from it? (y/n)"),
               resume(backup, named: "autosave (earlier copy)", path: slots.store.backupPath(of: .autosave), &host) {
                return true
            }
            if let kept = slots.setAsideAutosaveBackup() {
                say(.paragraph("The earlier copy of your game is kept as '\(kept)': type 'restore \(kept)' to go back to it."), &host)
                host.write("\n")
            }
        }
        if let kept = slots.setAsideAutosave() {
            say(.paragraph("Your last game is kept as '\(kept)': type 'restore \(kept)' to go back to it."), &host)
            host.write("\n")
        }
        return false
    }

    private func resume<Host: SessionHost>(_ file: SaveFile, named name: String, path: String, _ host: inout Host) -> Bool {
        guard let slots else { return false }
        do {
            let (restored, notes) = try slots.restore(file, named: name, path: path, engine: game.engine)
            game = restored
            host.write("\n")
            show(Turn(outputs: notes), &host)
            host.write("\n")
            show(game.engine.lookTurn(game.state), &host)
            return true
        } catch {
            say(.error("\(error)"), &host)
            return false
        }
    }

    /// Shows the opening; when the player is there, pauses after the title and introduction so
    /// they do not scroll away before the player has read them.
    private func showOpening<Host: SessionHost>(_ opening: Turn, _ host: inout Host) {
        guard isInteractive, let split = opening.outputs.firstIndex(where: { if case .heading = $0 { true } else { false } }),
              split > 1 else {
            show(opening, &host)
            return
        }
        show(Turn(outputs: Array(opening.outputs[..<split])), &host)
        host.write("\n")
        guard host.pauseAfterIntroduction() else { return }
        host.write("\n")
        show(Turn(outputs: Array(opening.outputs[split...])), &host)
    }

    private func autosave<Host: SessionHost>(_ host: inout Host) {
        if let slots, let problem = slots.autosave(game) { say(problem, &host) } else { autosavedCore = game.state.core }
    }

    private func restore<Host: SessionHost>(named name: String?, _ host: inout Host) {
        guard let slots else {
            say(.error("Restoring needs a player name: start the game with --player NAME."), &host)
            return
        }
        if let nothing = slots.nothingElseToRestore(name) {
            say(.paragraph(nothing), &host)
            return
        }
        do {
            let (saveName, file) = try slots.fileToRestore(named: name)
            let kept = saveName.display != "before restoring" && slots.keepBeforeRestoring(game)
            let (restored, notes) = try slots.restore(file, named: saveName.display, path: slots.store.path(of: saveName), engine: game.engine)
            game = restored
            show(Turn(outputs: notes + (kept ? [.paragraph("(The game you were playing is kept as 'before restoring'.)")] : [])), &host)
            host.write("\n")
            show(game.engine.lookTurn(game.state), &host)
        } catch {
            say(.error("\(error)"), &host)
            guard let name, let saveName = try? SaveName(name),
                  let backup = try? slots.store.readBackup(saveName, storyID: slots.stamp.id) else { return }
            host.write("\n")
            if host.confirm("The previous version of '\(saveName)' (\(backup.summary.progressText)) can be read. Restore it instead? (y/n)") {
                _ = slots.keepBeforeRestoring(game)
                if let (restored, notes) = try? slots.restore(backup, named: saveName.display, path: slots.store.backupPath(of: saveName), engine: game.engine) {
                    game = restored
                    show(Turn(outputs: notes), &host)
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

    private func say<Host: SessionHost>(_ output: Output, _ host: inout Host) {
        show(Turn(outputs: [output]), &host)
    }

    /// Shows a turn, and copies it to the transcript; tells the player when the transcript could
    /// not be written and was closed.
    private func show<Host: SessionHost>(_ turn: Turn, _ host: inout Host) {
        host.show(turn)
        if transcript != nil, !turn.outputs.isEmpty {
            transcribe(TurnRenderer(width: transcriptWidth, style: .plain).render(turn) + "\n")
        }
        if lostTranscript {
            lostTranscript = false
            // Without the path: in the classroom the student's browser shows it, and the folder is the teacher's.
            host.show(Turn(outputs: [.error("The transcript could not be written (is the disk full?), so it is closed; the game goes on. Type 'transcript on' to try again.")]))
        }
    }

    /// Adds `text` to the transcript; when the system refuses it, closes the transcript, for
    /// `show` to tell the player (the game goes on: a transcript is a copy, never the game).
    private func transcribe(_ text: String) {
        guard let transcript, !transcript.write(text) else { return }
        transcript.close()
        self.transcript = nil
        lostTranscript = true
    }
}
