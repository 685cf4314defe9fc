import AdventureEngine
import Foundation
import SaveGames
import StoryModel

/// A player's saves during a session: save, restore, list, autosave.
public final class SaveSlots {
    public let store: SaveStore
    /// The saves folder the player's folder is in.
    public let saves: SavesFolder
    public let stamp: StoryStamp
    let restorer: SaveRestorer
    private let lock: PlayerLock
    /// The time source, replaceable in tests.
    public var now: () -> Date = Date.init

    /// Opens a player's saves and takes the lock that keeps a second window out.
    /// - Throws: `SaveError.alreadyPlaying` or a folder problem.
    public init(saves: SavesFolder, player: PlayerName, story: Story, sourceTexts: [String]) throws {
        store = SaveStore(saves: saves, player: player, storyID: story.metadata.id)
        self.saves = saves
        let folder = try saves.ensureFolder(for: player)
        lock = try PlayerLock(folder: folder, player: player.display)
        store.moveLegacySaves()
        store.removeLeftoverTemporaryFiles()
        stamp = StoryStamp(story: story, sourceTexts: sourceTexts)
        restorer = SaveRestorer(story: story, stamp: stamp)
    }

    /// What the autosave holds when a session starts.
    public enum Autosave {
        case none
        /// An unfinished game to offer to continue.
        case unfinished(SaveFile)
        /// A finished game: kept, but not offered.
        case finished(SaveFile)
        /// The autosave cannot be read; the reason, and its readable backup if there is one.
        case damaged(SaveError, backup: SaveFile?)
    }

    public func autosaveAtStart() -> Autosave {
        // The backup is read only when the autosave cannot be: a class joining at once after a
        // server restart reads each game once, not twice.
        var backup: SaveFile? { (try? store.readBackup(.autosave, storyID: stamp.id)).flatMap { restorer.fits($0) ? $0 : nil } }
        guard store.exists(.autosave) else {
            // The autosave was deleted by hand, but its backup may still hold the game: offer it.
            return backup.map { .damaged(.missing(store.path(of: .autosave)), backup: $0) } ?? .none
        }
        do {
            let file = try store.read(.autosave, storyID: stamp.id)
            guard restorer.fits(file) else { return .damaged(.doesNotFit(store.path(of: .autosave)), backup: backup) }
            return file.summary.ending == nil ? .unfinished(file) : .finished(file)
        } catch let error as SaveError {
            return .damaged(error, backup: backup)
        } catch {
            return .damaged(.unreadable(store.path(of: .autosave), "\(error)"), backup: backup)
        }
    }

    /// Keeps the last game under another name before a new game's autosave replaces it, so no
    /// game is ever lost: "earlier game …" or "finished game …".
    /// - Returns: the name it was kept under, if there was a readable game to keep.
    @discardableResult
    public func setAsideAutosave() -> String? {
        guard let file = try? store.read(.autosave, storyID: stamp.id) else { return nil }
        return keep(file, from: store.path(of: .autosave), as: file.summary.ending == nil ? "earlier game" : "finished game")
    }

    /// Keeps a save file under a new unique name such as "earlier game 2026-11-25-09-10-05".
    private func keep(_ file: SaveFile, from path: String, as kind: String) -> String? {
        store.keep(path, as: kind, savedAt: file.savedAt)?.display
    }

    /// Writes the autosave: a line per move, a snapshot now and then.
    private lazy var autosaver = AutosaveWriter(store: store, stamp: stamp)

    /// True while autosaving fails, so the player is told once, not after every move.
    private var autosaveFailing = false

    /// Whether a move due a whole snapshot is saved as a line at once and its snapshot left for
    /// `writeOwedSnapshot` (see `AutosaveWriter.defersSnapshots`): the classroom server writes
    /// it after the move's answer.
    public var defersSnapshots: Bool {
        get { autosaver.defersSnapshots }
        set { autosaver.defersSnapshots = newValue }
    }

    /// True when the last autosave left a snapshot owed.
    public var owesSnapshot: Bool { autosaver.owesSnapshot }

    /// Writes the snapshot the last autosave left owed, if any. A failure needs no message: the
    /// moves are in the file as lines, and the next move's autosave tries the snapshot again.
    public func writeOwedSnapshot(_ game: Game) {
        try? autosaver.writeOwedSnapshot(game)
    }

    public func autosave(_ game: Game) -> Output? {
        do {
            // A restored game not moved in since: the restore's own time is no move.
            let unmoved = restored.flatMap { $0.commands == game.log.count ? $0.date : nil }
            if unmoved == nil { restored = nil }
            try autosaver.write(game, at: unmoved ?? now())
            defer { autosaveFailing = false }
            return autosaveFailing ? .paragraph("(Your game is being saved again.)") : nil
        } catch {
            guard !autosaveFailing else { return nil }
            autosaveFailing = true
            return .error("Autosave failed: \(error) You can keep playing; nothing saved before is lost, and you will be told when saving works again.")
        }
    }

    public func save(_ game: Game, name: String?) -> Output {
        do {
            let saveName = try SaveName(name ?? "saved game")
            let file = try store.save(game, as: saveName, stamp: stamp, at: now())
            return .paragraph("Saved as '\(saveName)': \(file.summary.progressText).")
        } catch {
            return .error("\(error)")
        }
    }

    /// The save to restore: the named one, else the player's newest own save, else the newest.
    public func fileToRestore(named name: String?) throws -> (SaveName, SaveFile) {
        if let name {
            let saveName = try SaveName(name)
            do {
                return (saveName, try store.read(saveName, storyID: stamp.id))
            } catch SaveError.notFound(_) where Self.meansTheNewestSave(name) {
                // `load my game`, `restore my last save`: no save has that name, so the player
                // meant theirs (a blind student got "There is no save called 'my game'", session 33).
            } catch SaveError.notFound(_) {
                // `restore earlier game` for "earlier game 2026-12-04-07-06-29": the newest save
                // whose name starts so (a blind student typed the start of the long name, session 34).
                let lowered = name.lowercased()
                guard let started = store.listings().first(where: { $0.file != nil && $0.name.lowercased().hasPrefix(lowered) }),
                      let file = started.file else { throw SaveError.notFound(saveName.display) }
                return (try SaveName(started.name), file)
            }
        }
        let readable = store.listings().filter { $0.file != nil }
        // The newest game other than the one in play (the autosave) and the one `restore` itself
        // set aside: a game saved, or kept when a new game began (a student sent to a new game
        // typed `restore` and stayed where they were, a blind teacher's class; then got a save
        // of the lesson before rather than the game just left, a blind student; session 34).
        guard let chosen = readable.first(where: { $0.name != "autosave" && $0.name != "before restoring" }) ?? readable.first,
              let file = chosen.file else {
            throw SaveError.notFound("(any)")
        }
        return (try SaveName(chosen.name), file)
    }

    /// True for words a player uses for "my save" rather than a save's name: `my game`, `the
    /// last save`, `my saved game`, `my progress`.
    static func meansTheNewestSave(_ name: String) -> Bool {
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let heads: Set<String> = ["game", "games", "save", "saves", "progress", "file", "savegame", "savefile"]
        let others: Set<String> = ["my", "the", "a", "last", "latest", "newest", "recent", "most", "saved", "previous", "old", "please", "pls", "our"]
        return words.contains(where: heads.contains) && words.allSatisfy { heads.contains($0) || others.contains($0) }
    }

    /// For a bare `restore` with nothing but the game in play: that there is no other save, and,
    /// when a name close to the player's has saves here, that saves belong to the name typed at the
    /// start (a blind student came back as "jurgen" for "Jürgen" and read "Your game goes on where
    /// you left it" at the start of a new game, session 34). Nil when there is something to restore.
    public func nothingElseToRestore(_ name: String? = nil) -> String? {
        // `load my game` with no save of that name is a bare `restore` (a blind student's new
        // player had "Your game goes on where you left it" and a save of nothing, session 34).
        if let name, !(Self.meansTheNewestSave(name) && store.listings().allSatisfy({ $0.name.lowercased() != name.lowercased() })) { return nil }
        let readable = store.listings().filter { $0.file != nil }
        guard readable.allSatisfy({ $0.name == "autosave" }) else { return nil }
        let near = saves.playersSimilar(to: store.player, storyID: store.storyID)
        guard let other = near.first else { return "You have no other saved game, \(store.player.display): your game goes on." }
        return "You have no other saved game, \(store.player.display). Saves belong to the name typed at the start, and '\(other)' has saves here: to play as \(other), type 'quit' and start again with that name."
    }

    /// Keeps the autosave's readable backup as an "earlier game …" save, so later autosaves do not
    /// replace it.
    @discardableResult
    public func setAsideAutosaveBackup() -> String? {
        guard let file = try? store.readBackup(.autosave, storyID: stamp.id) else { return nil }
        return keep(file, from: store.backupPath(of: .autosave), as: "earlier game")
    }

    /// Saves the game in play as "before restoring", so a restore can itself be taken back. It
    /// is dated with the game's last move (the autosave's time, when the autosave holds this very
    /// game), not the restore's: a restore is no move, and the teacher's "Last played" is the
    /// newest save's time (a blind teacher, session 38, saw a restore move it).
    public func keepBeforeRestoring(_ game: Game) -> Bool {
        guard let name = try? SaveName("before restoring") else { return false }
        return (try? store.save(game, as: name, stamp: stamp, at: lastMove(of: game) ?? now())) != nil
    }

    /// When the game's last move was autosaved, if the autosave holds exactly this game.
    private func lastMove(of game: Game) -> Date? {
        let path = store.path(of: .autosave)
        guard let file = try? store.read(.autosave, storyID: stamp.id), file.allCommands == game.log else { return nil }
        return ISO8601DateFormatter().date(from: PlayerProgress.lastWritten(file, path: path))
    }

    /// The time of the restored game's last move and its number of commands, while no move has
    /// been made since the restore: its first autosave is dated so (`autosave`).
    private var restored: (date: Date, commands: Int)?

    /// Restores a checked save; returns the game and what to tell the player.
    /// With `engine` (the game in play's), the restored game shares it instead of building its own.
    public func restore(_ file: SaveFile, named name: String, path: String, engine: Engine? = nil) throws -> (Game, [Output]) {
        // The game in play is replaced: the next autosave writes it whole, dated with the
        // restored game's last move until a move is made.
        autosaver.reset()
        restored = ISO8601DateFormatter().date(from: PlayerProgress.lastWritten(file, path: path)).map { ($0, file.allCommands.count) }
        switch try (engine.map { SaveRestorer(engine: $0, stamp: stamp) } ?? restorer).restore(file, path: path) {
        case .exact(let game):
            // Continuing the autosave itself: its next moves are lines appended to it.
            // "Restored 'autosave'." meant nothing to a blind student coming back in the browser (session 27).
            if path == store.path(of: .autosave) {
                autosaver.adopt(game)
                // An ended game is not "going on" (the seventy-first blind player read both lines).
                return (game, [.paragraph(game.state.ending == nil ? "Your game goes on where you left it." : "Your last game ended here.")])
            }
            return (game, [.paragraph("Restored '\(name)'.")])
        case .replayed(let game, let count, nil):
            return (game, [.paragraph("The story has been revised since '\(name)' was saved, so your \(count) commands were played again on the new version. Everything you reached is kept.")]
                + keptOriginal(file, path: path, game: game))
        case .replayed(let game, let count, let stopped?):
            return (game, [.error("The story has been revised since '\(name)' was saved. Your first \(count) commands were played again, but '\(stopped)' no longer works in the new version, so the game continues from just before it.")]
                + keptOriginal(file, path: path, game: game, always: true))
        }
    }

    /// Keeps a copy of a save that could not be replayed whole on a revised story, so the game as
    /// it was is never lost when the autosave moves on.
    private func keptOriginal(_ file: SaveFile, path: String, game: Game, always: Bool = false) -> [Output] {
        let replayed = SaveSummary(game: game)
        guard always || replayed.factsUnlocked.count < file.summary.factsUnlocked.count || replayed.turns < file.summary.turns,
              let kept = store.keep(path, as: "original", savedAt: file.savedAt, copy: true) else { return [] }
        return [.paragraph("(The game as it was saved, \(file.summary.progressText), is kept as '\(kept)'.)")]
    }

    /// The player's saves as lines for `saves`.
    public func listing() -> Output {
        let listings = store.listings()
        guard !listings.isEmpty else { return .paragraph("You have no saves yet. Type 'save' or 'save NAME' to make one.") }
        return .lines(["Your saves, newest first:"] + listings.map { listing in
            guard listing.file != nil, let file = listing.file else {
                return TerminalSafeText.clean("\(listing.name): cannot be read; the file is kept as it is")
            }
            let summary = file.summary
            let ending = summary.endingTitle.map { ", ended: \($0)" } ?? ""
            // The autosave's last move, not its snapshot's time (session 35's Inform player saw the
            // autosave from Kreinitz at 09:02, before a save made at Kühren at 09:04).
            let time = PlayerProgress.lastWritten(file, path: listing.path)
            return TerminalSafeText.clean("\(listing.name): \(summary.progressText), \(ClassReport.readableTime(time))\(ending)")
        })
    }

    /// Save names, for Tab completion after `restore`.
    public func names() -> [String] {
        store.listings().filter { $0.file != nil }.map(\.name)
    }
}
