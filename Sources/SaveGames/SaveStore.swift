import AdventureEngine
import Foundation

/// One player's saves of one story: `<saves folder>/<player>/<story id>/<name>.save`, each with a
/// `.bak` of the previous version. Saves of another story live beside them in that story's
/// folder, so playing a second story never touches the first one's games.
public struct SaveStore: Sendable {
    /// The folder of this player's saves of this story.
    public let folder: String
    /// The player's folder, which holds the lock and one folder per story.
    public let playerFolder: String
    public let player: PlayerName
    public let storyID: String

    public init(saves: SavesFolder, player: PlayerName, storyID: String) {
        playerFolder = saves.folder(for: player)
        folder = playerFolder + "/" + Self.folderName(ofStory: storyID)
        self.player = player
        self.storyID = storyID
    }

    /// The folder name of a story's saves: its id when that is a plain word, else a digest of it.
    public static func folderName(ofStory id: String) -> String {
        let plain = !id.isEmpty && id.utf8.count <= 64 && id.first != "." && id.first != "-"
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
        return plain ? id : "story-" + SHA256.hex(Array(id.utf8)).prefix(16)
    }

    public func path(of name: SaveName) -> String { folder + "/" + name.fileName }
    public func backupPath(of name: SaveName) -> String { path(of: name) + ".bak" }

    /// True when there is a file (or a link) under the save's name.
    public func exists(_ name: SaveName) -> Bool { SafeFile.exists(path(of: name)) }

    /// Writes a save durably (see `DurableFile`), with the newest `undoSteps` undo steps.
    /// `previousIsReadable`: the caller wrote the save there now and knows it is readable (the
    /// autosave), so it need not be read again to decide whether to keep it as damaged.
    /// `flushLater`: the queue that flushes the file to disk soon after (the autosave's
    /// snapshots); without it, the file is on the disk before this returns.
    @discardableResult
    public func save(_ game: Game, as name: SaveName, stamp: StoryStamp, at date: Date = Date(),
                     undoSteps: Int = SaveFile.undoStepsInFile, previousIsReadable: Bool = false,
                     flushLater: DeferredSync? = nil) throws -> SaveFile {
        try SavesFolder.createFolder(folder)
        let file = SaveFile(story: stamp, player: player.display, name: name.display, savedAt: Self.timestamp(date),
                            summary: SaveSummary(game: game), game: game.snapshot(keepingUndo: undoSteps))
        var backup: String? = backupPath(of: name)
        // A save this process wrote and nothing changed since is known to read (`WrittenSaves`);
        // any other is read to find out.
        if !previousIsReadable, SafeFile.exists(path(of: name)), !WrittenSaves.isUnchanged(path(of: name)),
           !SaveCodec.looksReadable(path: path(of: name)) {
            // A damaged save is kept, byte for byte, under another name, and it must not replace
            // the good backup.
            _ = SafeFile.moveWithoutReplacing(path(of: name), toUniqueNameLike: path(of: name) + ".damaged-" + Self.compactTime(date))
            backup = nil
        }
        let bytes = SaveCodec.encodedBytes(file)
        try DurableFile.write(bytes, to: path(of: name), backup: backup, flushLater: flushLater)
        WrittenSaves.note(path(of: name), data: bytes)
        return file
    }

    /// Reads and checks a save of this player.
    public func read(_ name: SaveName, storyID: String) throws -> SaveFile {
        let path = path(of: name)
        guard SafeFile.exists(path) else { throw SaveError.notFound(name.display) }
        return try SaveCodec.read(path: path, storyID: storyID)
    }

    /// Reads the backup of a save, for when the save itself cannot be read.
    public func readBackup(_ name: SaveName, storyID: String) throws -> SaveFile {
        try SaveCodec.read(path: backupPath(of: name), storyID: storyID)
    }

    /// Every save of this player and story, newest first; unreadable files are listed with the
    /// reason. Saves written before saves were kept per story (straight in the player's folder)
    /// are listed too when they belong to this story.
    public func listings() -> [SaveListing] {
        Self.listings(playerFolder: playerFolder, storyID: storyID)
    }

    /// The saves of a story in a player's folder (see `listings()`).
    public static func listings(playerFolder: String, storyID: String) -> [SaveListing] {
        let folder = playerFolder + "/" + folderName(ofStory: storyID)
        guard !SafeFile.isSymbolicLink(folder) else {
            return [SaveListing(fileName: folderName(ofStory: storyID), path: folder, file: nil, problem: "\(SaveError.folderIsLink(folder))")]
        }
        let own = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter(Self.isSaveFileName)
            .map { (fileName: $0, path: folder + "/" + $0) }
        let legacy = ((try? FileManager.default.contentsOfDirectory(atPath: playerFolder)) ?? []).filter(Self.isSaveFileName)
            .map { (fileName: $0, path: playerFolder + "/" + $0) }
            .filter { SaveCodec.storyID(atPath: $0.path).map { $0 == storyID } ?? true }
        return (own + legacy).map { entry in
            do {
                return SaveListing(fileName: entry.fileName, path: entry.path, file: try SaveCodec.read(path: entry.path, storyID: storyID), problem: nil)
            } catch {
                return SaveListing(fileName: entry.fileName, path: entry.path, file: nil, problem: "\(error)")
            }
        }.sorted { ($0.file?.savedAt ?? "", $0.fileName) > ($1.file?.savedAt ?? "", $1.fileName) }
    }

    static func isSaveFileName(_ name: String) -> Bool { name.hasSuffix(".save") && !name.hasPrefix(".") }

    /// Moves saves written before saves were kept per story, straight in the player's folder, into
    /// their story's folder (never replacing a save there). Call it while holding the player's lock.
    public func moveLegacySaves() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: playerFolder)) ?? []
        for name in names where Self.isSaveFileName(name) || name.hasSuffix(".save.bak") || name.contains(".save.damaged-") {
            let path = playerFolder + "/" + name
            guard !SafeFile.isSymbolicLink(path), let id = SaveCodec.storyID(atPath: path) else { continue }
            let target = playerFolder + "/" + Self.folderName(ofStory: id)
            guard (try? SavesFolder.createFolder(target)) != nil else { continue }
            _ = SafeFile.moveWithoutReplacing(path, toUniqueNameLike: target + "/" + name)
        }
    }

    /// Keeps a save under a new name such as "earlier game 2026-11-25-09-10-05", adding " 2",
    /// " 3", … when the name is taken: a kept game never replaces another save, however many are
    /// kept in one second. With `copy`, the file stays where it was too.
    /// - Returns: the new save name, or nil when the file could not be kept.
    public func keep(_ path: String, as kind: String, savedAt: String, copy: Bool = false) -> SaveName? {
        let when = String(savedAt.prefix(19).map { $0 == ":" || $0 == "T" ? "-" : $0 })
        guard (try? SavesFolder.createFolder(folder)) != nil else { return nil }
        for attempt in 1...100_000 {
            guard let name = try? SaveName("\(kind) \(when)\(attempt == 1 ? "" : " \(attempt)")") else { return nil }
            if SafeFile.exists(self.path(of: name)) { continue }
            if link(path, self.path(of: name)) == 0 {
                if !copy { unlink(path) }
                DurableFile.syncFolder(folder)
                return name
            }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    /// Deletes temporary files left by a save that was interrupted (a crash or power cut).
    /// Call it only while holding the player's lock, so no save of this player is under way.
    public func removeLeftoverTemporaryFiles() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    static func timestamp(_ date: Date) -> String { UTCTimestamp.string(date) }

    static func compactTime(_ date: Date) -> String { timestamp(date).filter { $0.isNumber } }
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
        SaveListing.automaticKinds.contains { name == $0 || name.hasPrefix($0 + " ") } || name == "before restoring"
    }

    /// The names the game gives the saves it keeps by itself.
    static let automaticKinds = ["autosave", "earlier game", "finished game", "original", "before restoring"]
}
