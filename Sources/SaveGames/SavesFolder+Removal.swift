import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Taking a student out of the class (a name typed by mistake, a test): their folder is moved
/// into the saves folder's `.removed` folder, which no report, listing or journal reads, so
/// nothing is deleted and moving it back undoes it (the third teacher's rehearsal counted 19
/// mistyped and test names in the class's figures, with no way to take them out but by hand).
extension SavesFolder {
    /// Where removed students' folders go.
    public var removedFolder: String { path + "/.removed" }

    public enum RemovalError: Error, Equatable, CustomStringConvertible {
        case noSuchStudent(String, similar: [String])
        case playingNow(String)
        case cannotMove(String, String)

        public var description: String {
            switch self {
            case .noSuchStudent(let name, let similar):
                let hint = similar.isEmpty ? "elbe-adventure report lists the students."
                    : "Did you mean " + similar.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
                return "No student called \"\(name)\" has a folder in this saves folder. \(hint)"
            case .playingNow(let name):
                return "\(name) is playing now: remove them when their game is closed (after the lesson)."
            case .cannotMove(let folder, let reason):
                return "Cannot move \(folder): \(reason). Nothing was changed."
            }
        }
    }

    /// What `remove` would say before moving anything: the same errors for a name with no folder
    /// and a student playing now (their folder's lock read, never taken: `remove --dry-run`, which
    /// session 38's blind teacher looked for as `prune` has it). Returns the folder.
    public func checkRemoval(_ player: PlayerName, storyID: String) throws -> String {
        let folder = folder(for: player)
        guard SafeFile.kind(folder) == .folder else {
            throw RemovalError.noSuchStudent(player.display, similar: playersSimilar(to: player, storyID: storyID))
        }
        if !PlayerLock.heldFolders([folder]).isEmpty { throw RemovalError.playingNow(player.display) }
        return folder
    }

    /// Moves the player's folder to `.removed/NAME TIME` and returns the new path.
    /// - Throws: `RemovalError` when there is no such folder, the student is playing now (their
    ///   game holds the folder's lock), or the folder cannot be moved; then nothing changes.
    public func remove(_ player: PlayerName, storyID: String, now: Date = Date()) throws -> String {
        let folder = folder(for: player)
        guard SafeFile.kind(folder) == .folder else {
            throw RemovalError.noSuchStudent(player.display, similar: playersSimilar(to: player, storyID: storyID))
        }
        let lock: PlayerLock
        do {
            lock = try PlayerLock(folder: folder, player: player.display)
        } catch SaveError.alreadyPlaying {
            throw RemovalError.playingNow(player.display)
        }
        do {
            try Self.createFolder(removedFolder)
        } catch {
            throw RemovalError.cannotMove(folder, "\(error)")
        }
        let stamp = UTCTimestamp.string(now).replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: "T", with: " ")
            .replacingOccurrences(of: "Z", with: "")
        var destination = removedFolder + "/" + folderName(for: player) + " " + stamp
        var suffix = 2
        while SafeFile.kind(destination) != .none {
            destination = removedFolder + "/" + folderName(for: player) + " " + stamp + " " + String(suffix)
            suffix += 1
        }
        // Moved while the lock is held, so no game can open the folder in between.
        guard rename(folder, destination) == 0 else {
            throw RemovalError.cannotMove(folder, String(cString: strerror(errno)))
        }
        withExtendedLifetime(lock) {}
        return destination
    }
}
