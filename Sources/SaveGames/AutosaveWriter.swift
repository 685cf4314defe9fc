import AdventureEngine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a player's autosave durable after every move at a cost that does not grow with the game.
///
/// Most moves append one line (the command and what the summary needs, about 100 bytes) to the
/// autosave, handed to the system at once and flushed to disk within half a second
/// (`DeferredSync`); now and then — every `snapshotInterval(for:)` moves, at an ending, after
/// `undo` took back a fact or an ending or reached past the undo steps the file holds, or when the game in
/// play was replaced by a restore or a restart — the whole game is written afresh as a snapshot
/// (complete in the kernel before the move's answer, flushed to disk by `sync` just after it,
/// keeping the previous one as `.bak`), with the undo history bounded to `undoStepsInFile`. A restore plays the lines on the snapshot's game (the engine is
/// deterministic) and checks that it gives the game the last line recorded.
public final class AutosaveWriter {
    public let store: SaveStore
    public let stamp: StoryStamp

    /// The autosave on disk as this writer left it; nil before the first write, after a
    /// failure, or after `reset`, when the next write is a snapshot.
    private struct OnDisk {
        /// The summary the file gives (snapshot and lines).
        var summary: SaveSummary
        /// The file's size, device and inode, to notice it was moved, replaced or cut.
        var size: Int
        var device: UInt64
        var inode: UInt64
        var movesSinceSnapshot: Int
        /// How many commands of the game are in the file, and the last of them.
        var logCount: Int
        var lastCommand: LoggedCommand?
        /// Undo steps a restore of the file could take back (never more than the game in play),
        /// and how many the game in play had then.
        var undoInFile: Int
        var undoInGame: Int
    }
    private var onDisk: OnDisk?
    /// The autosave, open for appending while `onDisk` describes it.
    private var descriptor: Int32 = -1
    /// When this writer last wrote a snapshot, whose flush to disk may still be waiting.
    private var lastSnapshot: ContinuousClock.Instant?

    /// When true, a move that is due a snapshot (the interval, an ending) is first appended as a
    /// line, so it is in the file at once, and the snapshot is left owed (`owesSnapshot`) for
    /// `writeOwedSnapshot`, which the classroom server calls after the move's answer has gone.
    /// A kill in between loses nothing: the file holds every move, as a snapshot and lines.
    public var defersSnapshots = false
    /// The date of the move whose snapshot is owed.
    private var owedSince: Date?
    /// True when a snapshot is owed (see `defersSnapshots`).
    public var owesSnapshot: Bool { owedSince != nil }

    /// Flushes appended lines to disk soon after they are written (tests give it their own).
    public var sync = DeferredSync.shared

    /// Undo steps kept in an autosave's snapshot, as in every save (the game in play keeps `Game.undoDepth`).
    public static let undoStepsInFile = SaveFile.undoStepsInFile

    public init(store: SaveStore, stamp: StoryStamp) {
        self.store = store
        self.stamp = stamp
    }

    deinit { closeFile() }

    /// Moves between snapshots: at least 256, and an eighth of the game, so rewriting the
    /// growing command log costs a constant amount per move on average (and restoring plays at
    /// most that many moves after the snapshot).
    static func snapshotInterval(for commands: Int) -> Int { max(256, commands / 8) }

    /// Saves the game: a line when it can, else a snapshot.
    public func write(_ game: Game, at date: Date = Date()) throws {
        // Nothing played since the file was written (a session that only looked around, read the
        // journal and quit): the file stays as it is, with the time of the last move, which the
        // teacher's report reads as "Last played" (a blind teacher, session 38, saw `quit` move it).
        if let current = onDisk, game.log.count == current.logCount, game.log.last == current.lastCommand,
           (current.summary.ending == nil) == (game.state.ending == nil), isUnchanged(current) { return }
        if let current = onDisk, let (lines, next, due) = appendableLines(game, current) {
            do {
                try SaveGate.around { try append(lines) }
                onDisk = next
                if due { owedSince = owedSince ?? date }
                return
            } catch {
                reset()
            }
        }
        try writeSnapshot(game, at: date)
    }

    /// Writes the snapshot a move was due (see `defersSnapshots`); nothing when none is owed.
    /// `game` is the game in play, which has not moved since.
    public func writeOwedSnapshot(_ game: Game) throws {
        guard let date = owedSince else { return }
        try writeSnapshot(game, at: date)
    }

    private func writeSnapshot(_ game: Game, at date: Date) throws {
        // The file there is the one this writer left (not moved, replaced or cut since), so it
        // need not be read back to decide whether it must be kept aside as damaged.
        let previousIsOurs = onDisk.map(isUnchanged) ?? false
        reset()
        // The snapshot reaches the kernel now and the disk within `sync`'s window, off the
        // move's path. The file it replaces becomes the backup, read after a power cut cuts the
        // new one short: a snapshot written within the window may not be on the disk yet, so it
        // is flushed first (two snapshots so close together are rare).
        if let lastSnapshot, ContinuousClock.now - lastSnapshot < Self.flushedWithin(sync) {
            DurableFile.flush(store.path(of: .autosave))
        }
        let file = try store.save(game, as: .autosave, stamp: stamp, at: date, undoSteps: Self.undoStepsInFile,
                                  previousIsReadable: previousIsOurs, flushLater: sync)
        lastSnapshot = ContinuousClock.now
        guard let status = Self.status(store.path(of: .autosave)) else { return }
        onDisk = OnDisk(summary: file.summary, size: Int(status.st_size), device: UInt64(status.st_dev), inode: UInt64(status.st_ino),
                        movesSinceSnapshot: 0, logCount: game.log.count, lastCommand: game.log.last,
                        undoInFile: min(game.undoCount, Self.undoStepsInFile), undoInGame: game.undoCount)
    }

    /// The time after which a snapshot handed to `sync` is surely on the disk: its window and a
    /// second to spare for a busy disk.
    static func flushedWithin(_ sync: DeferredSync) -> Duration {
        let window: Duration
        switch sync.window {
        case .seconds(let value): window = .seconds(value)
        case .milliseconds(let value): window = .milliseconds(value)
        case .microseconds(let value): window = .microseconds(value)
        case .nanoseconds(let value): window = .nanoseconds(value)
        default: window = .seconds(3600)
        }
        return window + .seconds(1)
    }

    /// Takes the autosave on disk as the one this writer wrote, when the game in play was just
    /// restored from it exactly: the next moves are appended to it as lines, instead of the first
    /// of them writing the whole game again (after a server restart, every student's first move
    /// would). Nothing is taken unless the file holds exactly this game's commands, with no line
    /// cut short after them.
    public func adopt(_ game: Game) {
        reset()
        let path = store.path(of: .autosave)
        guard let status = Self.status(path), let data = try? SaveCodec.contents(path), data.count == Int(status.st_size),
              let (file, endsCleanly) = try? SaveCodec.decodeWithTail(data, path: path, storyID: store.storyID), endsCleanly,
              file.story.digest == stamp.digest, file.allCommands == game.log else { return }
        onDisk = OnDisk(summary: SaveSummary(game: game), size: data.count, device: UInt64(status.st_dev), inode: UInt64(status.st_ino),
                        movesSinceSnapshot: file.movesAfterSnapshot.count, logCount: game.log.count, lastCommand: game.log.last,
                        undoInFile: game.undoCount, undoInGame: game.undoCount)
        if game.state.ending != nil, file.summary.ending == nil {
            // The game was stopped between an ending's line and its snapshot: the snapshot now,
            // so the list of saves and the teacher's report show the game finished.
            try? writeSnapshot(game, at: Date())
        }
    }

    /// Forgets what is on disk, so the next write is a snapshot (after the file was moved away,
    /// or the game in play was replaced).
    public func reset() {
        onDisk = nil
        owedSince = nil
        closeFile()
    }

    /// The lines for the moves since the last write (the session autosaves only after moves
    /// that change the game, so `look` and the like come in between), the file after them, and
    /// whether a snapshot is due after them (only with `defersSnapshots`); nil when a snapshot
    /// must be written instead.
    private func appendableLines(_ game: Game, _ current: OnDisk) -> (Data, OnDisk, due: Bool)? {
        let new = game.log.count - current.logCount
        let intervalDue = current.movesSinceSnapshot + new > Self.snapshotInterval(for: game.log.count)
        guard (1...32).contains(new), defersSnapshots || !intervalDue,
              // An ending taken back (`undo` after it): a line says nothing of endings, so the
              // file would still say the game ended, and the next start would put it aside as
              // finished rather than offer to continue it (the sixty-first blind run's `saves`).
              current.summary.ending == nil || game.state.ending != nil,
              // Each `undo` among the new commands may take back a step: the file must hold one
              // for each (one move that took nothing back needs none).
              current.undoInFile >= new || (new == 1 && game.undoCount >= current.undoInGame),
              isUnchanged(current) else { return nil }
        let commands = game.log.suffix(new + 1)
        // The game in play is the one on disk, moved on: the command before the new ones is the
        // last one the file holds (a restore or a new game resets the writer as well).
        if current.logCount > 0 {
            guard commands.count == new + 1, commands.first == current.lastCommand else { return nil }
        }
        let added = commands.suffix(new)
        var after = current.summary
        let state = game.state
        var lines = Data()
        if new == 1, let command = added.last, state.ending == nil, state.unlockedFactCount == after.factsUnlocked.count,
           state.visited.count == after.visitedScenes.count {
            // One move that found nothing new: only the scene and the turns change.
            let scene = game.story.scenes[state.scene]
            after.scene = scene.id
            after.sceneTitle = scene.title
            after.turns = state.turns
            lines = AppendedMove.plainLine(command, after: after)
        } else {
            after = SaveSummary(game: game)
            if defersSnapshots, after.ending != nil {
                // The ending's move as a line (a line says nothing of endings: the restore plays
                // it and reaches the ending); the snapshot that follows records the ending.
                after.ending = nil
                after.endingTitle = nil
                after.endingIsSuccess = nil
            }
            for (index, command) in added.enumerated() {
                guard let line = AppendedMove.line(command, before: current.summary,
                                                   after: index == added.count - 1 ? after : current.summary.movedTo(after)) else { return nil }
                lines += line
            }
        }
        var next = current
        next.summary = after
        next.size += lines.count
        next.movesSinceSnapshot += new
        next.logCount = game.log.count
        next.lastCommand = added.last
        next.undoInFile = min(game.undoCount, max(0, current.undoInFile + game.undoCount - current.undoInGame))
        next.undoInGame = game.undoCount
        return (lines, next, intervalDue || game.state.ending != nil)
    }

    /// True when the autosave on disk is still the file `current` describes.
    private func isUnchanged(_ current: OnDisk) -> Bool {
        guard let status = Self.status(store.path(of: .autosave)) else { return false }
        return Int(status.st_size) == current.size && UInt64(status.st_dev) == current.device && UInt64(status.st_ino) == current.inode
    }

    private static func status(_ path: String) -> stat? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return status
    }

    private func append(_ lines: Data) throws {
        let path = store.path(of: .autosave)
        if descriptor < 0 {
            descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { throw SaveError.cannotWrite(path, String(cString: strerror(errno))) }
        }
        let written = lines.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == lines.count else {
            throw SaveError.cannotWrite(path, String(cString: strerror(errno)))
        }
        // In the kernel now, so it survives the game being killed; on the disk within
        // `DeferredSync.defaultWindow`, or at once when the game ends.
        sync.schedule(path)
    }

    private func closeFile() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }
}
