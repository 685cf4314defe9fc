import AdventureEngine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a player's autosave durable after every move at a cost that does not grow with the game.
///
/// Most moves append one line (the command and what the summary needs, about 100 bytes) to the
/// autosave, flushed to disk within half a second (`DeferredSync`); now and then — every `snapshotInterval(for:)` moves, at an ending, after
/// `undo` took back a fact, or when the game in play was replaced by a restore or a restart — the
/// whole game is written afresh as a snapshot (durably, keeping the previous one as `.bak`), with
/// the undo history bounded to `undoStepsInFile`. A line is appended only after checking that
/// playing it on the game on disk gives exactly the game in play, so a restore is always exact.
public final class AutosaveWriter {
    public let store: SaveStore
    public let stamp: StoryStamp
    /// The game as the autosave on disk holds it, and the file's size then; nil before the first
    /// write or after a failure, when the next write is a snapshot.
    private var onDisk: (summary: SaveSummary, size: Int, movesSinceSnapshot: Int, logCount: Int)?
    /// The game as a restore of the autosave on disk would give it: the snapshot's game, with
    /// every appended move played on it. Each new move is played on it too, and appended only
    /// when that gives the game in play.
    private var shadow: Game?

    /// Flushes appended lines to disk soon after they are written (tests give it their own).
    public var sync = DeferredSync.shared

    /// Undo steps kept in an autosave's snapshot, as in every save (the game in play keeps `Game.undoDepth`).
    public static let undoStepsInFile = SaveFile.undoStepsInFile

    public init(store: SaveStore, stamp: StoryStamp) {
        self.store = store
        self.stamp = stamp
    }

    /// Moves between snapshots: at least 64, and an eighth of the game, so rewriting the
    /// growing command log costs a constant amount per move on average.
    static func snapshotInterval(for commands: Int) -> Int { max(64, commands / 8) }

    /// Saves the game: a line when it can, else a snapshot.
    public func write(_ game: Game, at date: Date = Date()) throws {
        if let onDisk, onDisk.movesSinceSnapshot < Self.snapshotInterval(for: game.log.count),
           SafeFile.kind(store.path(of: .autosave)) == .file, SafeFile.size(store.path(of: .autosave)) == onDisk.size,
           let (line, summary) = appendableLine(game, logCount: onDisk.logCount, summary: onDisk.summary) {
            do {
                try SaveGate.around { try append(line, to: store.path(of: .autosave)) }
                self.onDisk = (summary, onDisk.size + line.count, onDisk.movesSinceSnapshot + 1, game.log.count)
                return
            } catch {
                reset()
            }
        }
        reset()
        let file = try store.save(game, as: .autosave, stamp: stamp, at: date, undoSteps: Self.undoStepsInFile)
        var inFile = file.snapshot
        inFile.log = []
        shadow = Game(story: game.story, snapshot: inFile)
        onDisk = (file.summary, SafeFile.size(store.path(of: .autosave)) ?? -1, 0, game.log.count)
    }

    /// Forgets what is on disk, so the next write is a snapshot (after the file was moved away).
    public func reset() {
        onDisk = nil
        shadow = nil
    }

    /// The lines for the moves since the last write (the session autosaves only after moves
    /// that change the game, so `look` and the like come in between), if the game in play is the
    /// game on disk with those commands played — checked by playing them on the shadow — and the
    /// summary after them.
    private func appendableLine(_ game: Game, logCount: Int, summary: SaveSummary) -> (Data, SaveSummary)? {
        let new = game.log.count - logCount
        guard (1...32).contains(new), shadow != nil else { return nil }
        let commands = game.log.suffix(new)
        for command in commands {
            guard let turn = shadow?.perform(command.input), !turn.endedStory, shadow?.log.last == command else { return nil }
        }
        guard let shadow, shadow.state == game.state else { return nil }
        let after = SaveSummary(game: game)
        var lines = Data()
        for (index, command) in commands.enumerated() {
            guard let line = AppendedMove.line(command, before: summary, after: index == commands.count - 1 ? after : summary.movedTo(after)) else {
                return nil
            }
            lines += line
        }
        return (lines, after)
    }

    private func append(_ line: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw SaveError.cannotWrite(path, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw SaveError.cannotWrite(path, String(cString: strerror(errno)))
        }
        // In the kernel now, so it survives the game being killed; on the disk within
        // `DeferredSync.defaultWindow`, or at once when the game ends.
        sync.schedule(path)
    }
}
