import ArgumentParser
import SaveGames
import StoryModel

/// `elbe-adventure prune`: deletes the games the game kept by itself that no longer matter.
struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Delete earlier and finished games the game kept by itself, keeping every named save, the autosave, each student's furthest game and the newest \(SavePruning.keptPerStory).")

    @Option(help: "The saves folder (default as for play).", completion: .directory) var saves: String?
    @Option(help: "Only this player's saves.") var player: String?
    @Option(help: "The story the saves belong to (default: the bundled story).", completion: .file(extensions: ["story"]))
    var story: String?
    @Flag(help: "Only list what would be deleted.") var dryRun = false

    func run() throws {
        let result = try loadStory(story)
        guard let compiled = result.story else { return }
        let folder = try ClassFolder.resolve(option: saves)
        let restorer = SaveRestorer(story: compiled, stamp: StoryStamp(story: compiled, sourceTexts: result.sources.texts))
        let players = try player.map { [folder.folderName(for: try playerName($0))] } ?? FileSystemListing.playerFolders(in: folder)
        var count = 0
        for player in players {
            let listings = SaveStore.listings(playerFolder: folder.path + "/" + player, storyID: compiled.metadata.id)
            let progress = PlayerProgress(listings: listings, restorer: restorer)
            let doomed = SavePruning.candidates(listings, furthest: progress.furthest?.listing.fileName,
                                                ended: progress.endedEarlier?.listing.fileName)
            guard !doomed.isEmpty else { continue }
            let name = listings.compactMap(\.file?.player).first ?? player
            let failed = dryRun ? [] : SavePruning.delete(doomed)
            for listing in doomed {
                let verb = dryRun ? "would delete" : (failed.contains { $0.path == listing.path } ? "could not delete" : "deleted")
                print(TerminalSafeText.clean("\(name): \(verb) '\(listing.name)' (\(listing.file?.summary.progressText ?? ""))"))
            }
            count += doomed.count - failed.count
        }
        let saves = count == 1 ? "save" : "saves"
        print(dryRun ? "\(count) \(saves) would be deleted." : "\(count) \(saves) deleted; every named save, autosave, furthest game and ending reached is kept.")
    }
}
