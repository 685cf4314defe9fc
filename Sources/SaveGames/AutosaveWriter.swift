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
/// `undo` took back a fact or reached past the undo steps the file holds, or when the game in
/// play was replaced by a restore or a restart — the whole game is written afresh as a snapshot
/// (durably, keeping the previous one as `.bak`), with the undo history bounded to
/// `undoStepsInFile`. A restore plays the lines on the snapshot's game (the engine is
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
        if let current = onDisk, let (lines, next) = appendableLines(game, current) {
            do {
                try SaveGate.around { try append(lines) }
                onDisk = next
                return
            } catch {
                reset()
            }
        }
        // The file there is the one this writer left (not moved, replaced or cut since), so it
        // need not be read back to decide whether it must be kept aside as damaged.
        let previousIsOurs = onDisk.map(isUnchanged) ?? false
        reset()
        let file = try store.save(game, as: .autosave, stamp: stamp, at: date, undoSteps: Self.undoStepsInFile,
                                  previousIsReadable: previousIsOurs)
        guard let status = Self.status(store.path(of: .autosave)) else { return }
        onDisk = OnDisk(summary: file.summary, size: Int(status.st_size), device: UInt64(status.st_dev), inode: UInt64(status.st_ino),
                        movesSinceSnapshot: 0, logCount: game.log.count, lastCommand: game.log.last,
                        undoInFile: min(game.undoCount, Self.undoStepsInFile), undoInGame: game.undoCount)
    }

    /// Forgets what is on disk, so the next write is a snapshot (after the file was moved away,
    /// or the game in play was replaced).
    public func reset() {
        onDisk = nil
        closeFile()
    }

    /// The lines for the moves since the last write (the session autosaves only after moves
    /// that change the game, so `look` and the like come in between), and the file after them;
    /// nil when a snapshot is due instead.
    private func appendableLines(_ game: Game, _ current: OnDisk) -> (Data, OnDisk)? {
        let new = game.log.count - current.logCount
        guard (1...32).contains(new), current.movesSinceSnapshot + new <= Self.snapshotInterval(for: game.log.count),
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
        return (lines, next)
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
