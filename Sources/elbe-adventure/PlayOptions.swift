import AdventureEngine
import ArgumentParser
import BundledStories
import CommandParser
import Foundation
import GameSession
import OutputRendering
import SaveGames
import StoryCompiler
import StoryModel
import TerminalFrontEnd

/// What `elbe-adventure play` was asked to do, and doing it: the same whether the command line
/// went through the argument parser (`PlayCommand`) or the quick path for plain `play` (`QuickPlay`).
struct PlayOptions {
    var story: String?
    var player: String?
    var saves: String?
    var script: String?
    var seed: UInt64 = 1
    var width: Int?
    var plain = false
    var noColor = false

    /// Refuses what the argument parser would refuse after parsing, as a usage error.
    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
        if let player {
            do { _ = try PlayerName(player) } catch let error as PlayerNameError { throw ValidationError("--player: \(error)") }
        }
    }

    /// Plays the story until the player leaves, then ends the process.
    func run() throws {
        SignalHandling.install()
        HeapPages.reserve(forStoriesAt: story.map { [$0] } ?? [], growth: .play)
        // Only a named player's saves read the story's source (SaveSlots digests it): otherwise its
        // text is let go of with the rest of the compile's result before the vocabulary is made.
        let mayOpenSaves = player != nil || (script == nil && Terminal.isTerminal(STDIN_FILENO))
        let compiled: Story, parser: CommandParser?, sourceTexts: [String]
        do {
            // The bundled story comes with its parser's vocabulary, read rather than built (BundledStory.loadForPlay).
            let (result, readParser) = story.map { path in (StoryCompiler.compile(path: path), nil) } ?? BundledStory.loadForPlay()
            guard let made = result.story else {
                var standardError = StandardError()
                print(DiagnosticRenderer().render(result.diagnostics, sources: result.sources), terminator: "", to: &standardError)
                throw ExitCode(1)
            }
            (compiled, parser, sourceTexts) = (made, readParser, mayOpenSaves ? result.sources.texts : [])
        }
        // The compiler's code is done with: the vocabulary and play need their own (CodePages).
        if story != nil { CodePages.release() }
        let style: TextStyle = plain ? .screenReader : (Terminal.allowsColour(disabled: noColor) ? .ansi : .plain)
        let renderer = TurnRenderer(width: Terminal.wrapWidth(requested: width), style: style)
        let savesFolder = SavesFolder.resolve(option: saves)
        let engine = Engine(parser: parser ?? CommandParser(story: compiled))

        if let script {
            try play(engine: engine, reader: PlainLineReader(lines: try Self.scriptCommands(script)),
                     renderer: renderer, slots: try openSlots(player.map(PlayerName.init), compiled, sourceTexts, savesFolder), saves: savesFolder)
        } else if Terminal.isTerminal(STDIN_FILENO) {
            // The box's game is replaced by the session's once it begins: it shares the session's engine.
            let box = GameBox(game: Game(engine: engine, seed: seed))
            var reader = ReadlineLineReader(historyFile: nil) { box.completions(before: $0, prefix: $1) }
            var slots: SaveSlots?
            while slots == nil {
                let storyID = compiled.metadata.id
                // `--player "Zoe Muller"` beside Zoë Müller's saves asks, as the name typed at the prompt does.
                var confirmed: PlayerName?
                var typedBefore: String?
                if let player {
                    switch try confirmedName(player, reader: &reader, saves: savesFolder, storyID: storyID) {
                    case .player(let name): confirmed = name
                    case .left: return
                    case .prompt(let name): typedBefore = name.folderName
                    }
                }
                guard let name = confirmed ?? askName(reader: &reader, saves: savesFolder, storyID: storyID, typedBefore: typedBefore) else { return }
                do {
                    slots = try SaveSlots(saves: savesFolder, player: name, story: compiled, sourceTexts: sourceTexts)
                } catch {
                    var out = StandardOutput()
                    out.write("\(error)\n")
                    if player != nil { throw ExitCode(1) }
                }
            }
            if let folder = slots?.store.folder { reader.useHistoryFile(folder + "/history") }
            let pager = plain ? nil : Pager.forTerminal()
            try play(engine: engine, reader: PagedLineReader(reader, pager: pager), renderer: renderer, slots: slots, saves: savesFolder,
                     box: box, pager: pager)
        } else {
            try play(engine: engine, reader: PlainLineReader(), renderer: renderer,
                     slots: try openSlots(player.map(PlayerName.init), compiled, sourceTexts, savesFolder), saves: savesFolder)
        }
    }

    /// The commands of a script file, one a line (`WrittenLines`: a file saved on Windows reads
    /// the same). The file's bytes and text are gone before the game starts.
    private static func scriptCommands(_ script: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: script) else {
            throw ValidationError("cannot read the script '\(script)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("the script '\(script)' is not UTF-8 text: save it as 'Plain Text (UTF-8)' in your editor")
        }
        return WrittenLines.commands(of: text)
    }

    /// Asks for the player's name until it is acceptable; nil if the player leaves. A command
    /// typed there is refused, and a new name close to a player's who has saves here asks
    /// whether it is theirs (`SavesFolder.typedName`).
    private func askName<Reader: LineReader>(reader: inout Reader, saves: SavesFolder, storyID: String,
                                             typedBefore: String? = nil) -> PlayerName? {
        var out = StandardOutput()
        // A new name close to others', typed a second time: a new player after all.
        var typedBefore = typedBefore
        while true {
            switch reader.readLine(prompt: "What is your name? ") {
            case .endOfInput:
                out.write("\n")
                return nil
            case .interrupted:
                continue
            case .line(let line):
                do {
                    switch try saves.typedName(line, storyID: storyID) {
                    case .player(let name):
                        return name
                    case .command(let word):
                        let then = ["restore", "load", "save", "saves"].contains(word) ? "your saves come with it" : "then play"
                        out.write(TerminalSafeText.clean("'\(line)' is a command. Type your name first (the same every lesson); \(then).") + "\n")
                    case .near(let name, let others):
                        if typedBefore == name.folderName { return name }
                        if others.count == 1, let other = others.first {
                            return try askWhether(name, is: other, reader: &reader)
                        }
                        typedBefore = name.folderName
                        let list = others.map { "'\($0)'" }.joined(separator: ", ")
                        out.write(TerminalSafeText.clean("Nobody called \(name.display) has played here yet, but \(list) have. If one is you, type your name as you did then; to start as \(name.display), type it again.") + "\n")
                    }
                } catch {
                    out.write("\(error)\n")
                }
            }
        }
    }

    /// The name given with `--player` at a keyboard: as given, unless it is new and close to the
    /// name of one player who has saves here (`Zoe Muller` beside Zoë Müller's), when the player is
    /// asked which they are, as at the name prompt. When it is new and close to several players'
    /// names, they are listed and the name prompt follows (`.prompt`), where the same name typed again
    /// is that new player.
    private func confirmedName<Reader: LineReader>(_ given: String, reader: inout Reader, saves: SavesFolder,
                                                   storyID: String) throws -> GivenName {
        let name = try PlayerName(given)
        guard case .near(_, let others)? = try? saves.typedName(given, storyID: storyID) else { return .player(name) }
        if others.count == 1, let other = others.first {
            return try askWhether(name, is: other, reader: &reader).map(GivenName.player) ?? .left
        }
        var out = StandardOutput()
        let list = others.map { "'\($0)'" }.joined(separator: ", ")
        out.write(TerminalSafeText.clean("Nobody called \(name.display) has played here yet, but \(list) have. If one is you, type your name as you did then; to start as \(name.display), type it again.") + "\n")
        return .prompt(name)
    }

    /// What became of a name given with `--player` at a keyboard.
    private enum GivenName {
        /// The player to play as.
        case player(PlayerName)
        /// The player left while asked (end of input).
        case left
        /// Asked at the name prompt after all: the name given there again is this new player.
        case prompt(PlayerName)
    }

    /// Asks whether the player typing `name`, new here, is `other`, who has saves: `other`'s name
    /// for yes, `name` for no, nil when the player leaves. `yes thats me` is yes (a blind
    /// student's began a new game, session 34); three answers that are neither go on as the
    /// student who has saves.
    private func askWhether<Reader: LineReader>(_ name: PlayerName, is other: String, reader: inout Reader) throws -> PlayerName? {
        var question = "Nobody called \(name.display) has played here yet, but \(other) has. Is that you? (y/n) "
        for _ in 0..<3 {
            switch reader.readLine(prompt: TerminalSafeText.clean(question)) {
            case .line(let answer):
                switch YesOrNo(answer: answer) {
                case .yes?: return try PlayerName(other)
                case .no?: return name
                case nil: question = "Please answer yes or no: are you \(other)? (y/n) "
                }
            case .endOfInput, .interrupted:
                var out = StandardOutput()
                out.write("\n")
                return nil
            }
        }
        return try PlayerName(other)
    }

    /// Opens a named player's saves (taking the lock), or nil when playing without a name.
    /// - Throws: `ExitCode(1)` after saying why, when the player is already playing elsewhere.
    private func openSlots(_ player: PlayerName?, _ story: Story, _ sourceTexts: [String], _ saves: SavesFolder) throws -> SaveSlots? {
        guard let player else { return nil }
        do {
            return try SaveSlots(saves: saves, player: player, story: story, sourceTexts: sourceTexts)
        } catch let error as SaveError where error.allowsPlayingWithoutSaving {
            var standardError = StandardError()
            print("\(error) You can play, but this game will not be saved.", to: &standardError)
            return nil
        } catch {
            var standardError = StandardError()
            print("\(error)", to: &standardError)
            throw ExitCode(1)
        }
    }

    /// A path as a shell reads it back: as typed when plain, else in single quotes.
    static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._/-+,".unicodeScalars.contains($0)) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func play<Reader: LineReader>(engine: Engine, reader: Reader, renderer: TurnRenderer, slots: SaveSlots?,
                                          saves: SavesFolder, box: GameBox? = nil, pager: Pager? = nil) throws {
        var session = PlaySession(engine: engine, seed: seed, reader: reader, sink: PagedOutput(StandardOutput(), pager: pager),
                                  renderer: renderer)
        session.transcriptPath = slots.map { $0.store.folder + "/transcript.txt" } ?? "elbe-transcript.txt"
        session.isInteractive = box != nil
        session.startCommand = story.map { "elbe-adventure play " + Self.shellWord($0) } ?? "elbe-adventure"
        // At a keyboard without --width, wrapping follows the window when it is resized.
        if box != nil, width == nil { session.currentWidth = { Terminal.width() } }
        session.slots = slots
        if let box {
            let slots = session.slots
            box.extraCompletions = { slots?.names() ?? [] }
            session.afterEachTurn = { game in
                box.game = game
                return game
            }
        }
        // So is the code of making the story's vocabulary and of reading the script. (Not for the
        // bundled story: its start-up runs little code, and the pages brought back cost more time
        // than its 1 MiB is worth.)
        if story != nil { CodePages.release() }
        _ = session.run()
        // Everything is written and the saves are on disk (`GameSession.end`): leave without
        // freeing the game piece by piece, which took a few milliseconds after the last word.
        exit(0)
    }
}
