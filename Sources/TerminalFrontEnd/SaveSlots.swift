import AdventureEngine
import Foundation
import SaveGames
import StoryModel

/// A player's saves during a session: save, restore, list, autosave.
public final class SaveSlots {
    public let store: SaveStore
    let stamp: StoryStamp
    let restorer: SaveRestorer
    private let lock: PlayerLock
    /// The time source, replaceable in tests.
    var now: () -> Date = Date.init

    /// Opens a player's saves and takes the lock that keeps a second window out.
    /// - Throws: `SaveError.alreadyPlaying` or a folder problem.
    public init(saves: SavesFolder, player: PlayerName, story: Story, sourceTexts: [String]) throws {
        store = SaveStore(saves: saves, player: player)
        let folder = try saves.ensureFolder(for: player)
        lock = try PlayerLock(folder: folder, player: player.display)
        store.removeLeftoverTemporaryFiles()
        stamp = StoryStamp(story: story, sourceTexts: sourceTexts)
        restorer = SaveRestorer(story: story, stamp: stamp)
    }

    /// The autosave, if there is a readable one of an unfinished game.
    public func resumableAutosave() -> SaveFile? {
        guard let file = try? store.read(.autosave, storyID: stamp.id), file.summary.ending == nil else { return nil }
        return file
    }

    /// Keeps an old autosave under another name before a new game overwrites it.
    public func setAsideAutosave() {
        guard let file = try? store.read(.autosave, storyID: stamp.id),
              let name = try? SaveName("earlier game " + file.savedAt.prefix(16).map { $0 == ":" || $0 == "T" ? "-" : $0 }) else { return }
        try? FileManager.default.moveItem(atPath: store.path(of: .autosave), toPath: store.path(of: name))
    }

    public func autosave(_ game: Game) -> Output? {
        do {
            try store.save(game, as: .autosave, stamp: stamp, at: now())
            return nil
        } catch {
            return .error("Autosave failed: \(error)")
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

    /// The save to restore: the named one, or the newest.
    public func fileToRestore(named name: String?) throws -> (SaveName, SaveFile) {
        if let name {
            let saveName = try SaveName(name)
            return (saveName, try store.read(saveName, storyID: stamp.id))
        }
        guard let newest = store.listings().first(where: { $0.file != nil }), let file = newest.file else {
            throw SaveError.notFound("(any)")
        }
        return (try SaveName(file.name), file)
    }

    /// Restores a checked save; returns the game and what to tell the player.
    public func restore(_ file: SaveFile, path: String) throws -> (Game, [Output]) {
        switch try restorer.restore(file, path: path) {
        case .exact(let game):
            return (game, [.paragraph("Restored '\(file.name)'.")])
        case .replayed(let game, let count, nil):
            return (game, [.paragraph("The story has been revised since '\(file.name)' was saved, so your \(count) commands were played again on the new version. Everything you reached is kept.")])
        case .replayed(let game, let count, let stopped?):
            return (game, [.error("The story has been revised since '\(file.name)' was saved. Your first \(count) commands were played again, but '\(stopped)' no longer works in the new version, so the game continues from just before it.")])
        }
    }

    /// The player's saves as lines for `saves`.
    public func listing() -> Output {
        let listings = store.listings()
        guard !listings.isEmpty else { return .paragraph("You have no saves yet. Type 'save' or 'save NAME' to make one.") }
        return .lines(["Your saves, newest first:"] + listings.map { listing in
            guard let file = listing.file else { return "\(listing.name): cannot be read (\(listing.problem ?? "damaged"))" }
            let summary = file.summary
            let ending = summary.endingTitle.map { ", ended: \($0)" } ?? ""
            return "\(file.name): \(summary.progressText), \(ClassReport.readableTime(file.savedAt))\(ending)"
        })
    }

    /// Save names, for Tab completion after `restore`.
    public func names() -> [String] {
        store.listings().compactMap { $0.file?.name.lowercased() }
    }
}
