import AdventureEngine
import Foundation

/// One player's saves: `<saves folder>/<player>/<name>.save`, each with a `.bak` of the previous
/// version.
public struct SaveStore: Sendable {
    public let folder: String
    public let player: PlayerName

    public init(saves: SavesFolder, player: PlayerName) {
        folder = saves.folder(for: player)
        self.player = player
    }

    public func path(of name: SaveName) -> String { folder + "/" + name.fileName }
    public func backupPath(of name: SaveName) -> String { path(of: name) + ".bak" }

    /// Where a damaged save is kept when a new save of the same name is written.
    public func damagedPath(of name: SaveName, at date: Date) -> String {
        path(of: name) + ".damaged-" + Self.timestamp(date).filter { $0.isNumber }
    }

    /// Writes a save durably (see `DurableFile`).
    @discardableResult
    public func save(_ game: Game, as name: SaveName, stamp: StoryStamp, at date: Date = Date()) throws -> SaveFile {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = SaveFile(story: stamp, player: player.display, name: name.display, savedAt: Self.timestamp(date),
                            summary: SaveSummary(game: game), game: game.snapshot)
        var backup: String? = backupPath(of: name)
        if FileManager.default.fileExists(atPath: path(of: name)), (try? SaveCodec.read(path: path(of: name), storyID: nil)) == nil {
            // A damaged save is kept, byte for byte, under another name, and it must not replace
            // the good backup.
            try? FileManager.default.moveItem(atPath: path(of: name), toPath: damagedPath(of: name, at: date))
            backup = nil
        }
        try DurableFile.write(try SaveCodec.encode(file), to: path(of: name), backup: backup)
        return file
    }

    /// Reads and checks a save of this player.
    public func read(_ name: SaveName, storyID: String) throws -> SaveFile {
        let path = path(of: name)
        guard FileManager.default.fileExists(atPath: path) else { throw SaveError.notFound(name.display) }
        return try SaveCodec.read(path: path, storyID: storyID)
    }

    /// Reads the backup of a save, for when the save itself cannot be read.
    public func readBackup(_ name: SaveName, storyID: String) throws -> SaveFile {
        try SaveCodec.read(path: backupPath(of: name), storyID: storyID)
    }

    /// Every save of this player, newest first; unreadable files are listed with the reason.
    public func listings() -> [SaveListing] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".save") && !$0.hasPrefix(".") }.map { fileName in
            let path = folder + "/" + fileName
            do {
                return SaveListing(fileName: fileName, path: path, file: try SaveCodec.read(path: path, storyID: nil), problem: nil)
            } catch {
                return SaveListing(fileName: fileName, path: path, file: nil, problem: "\(error)")
            }
        }.sorted { ($0.file?.savedAt ?? "", $0.fileName) > ($1.file?.savedAt ?? "", $1.fileName) }
    }

    /// Deletes temporary files left by a save that was interrupted (a crash or power cut).
    /// Call it only while holding the player's lock, so no save of this player is under way.
    public func removeLeftoverTemporaryFiles() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// A save as `saves` lists it.
public struct SaveListing: Sendable {
    public var fileName: String
    public var path: String
    public var file: SaveFile?
    /// Why the file could not be read, if it could not.
    public var problem: String?

    /// The save's name, as `restore` takes it: the file name without `.save`.
    public var name: String { String(fileName.dropLast(5)) }

    /// True for the saves the game writes by itself rather than the player's own.
    public var isAutomatic: Bool {
        name == SaveName.autosave.fileName.dropLast(5) || name.hasPrefix("earlier game") || name.hasPrefix("finished game")
            || name == "before restoring"
    }
}
