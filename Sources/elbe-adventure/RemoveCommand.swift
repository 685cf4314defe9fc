import ArgumentParser
import Foundation
import SaveGames
import StoryModel

/// `elbe-adventure remove --player NAME`: takes a name typed by mistake (or a test) out of the
/// class. Nothing is deleted: the folder moves to the saves folder's `.removed` folder.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take a student out of the class (a mistyped or test name): their folder moves to .removed in the saves folder, nothing is deleted.")

    @Option(help: "The student.") var player: String
    @Option(help: "The saves folder (default as for play).", completion: .directory) var saves: String?
    @Option(help: "The story the saves belong to (default: the bundled story).", completion: .file(extensions: ["story"]))
    var story: String?
    @Flag(help: "Remove the student even though they have found facts.") var evenWithFacts = false
    @Flag(help: "Say what would be removed, and move nothing.") var dryRun = false

    func run() throws {
        let name = try playerName(player)
        let folder = try ClassFolder.resolve(option: saves)
        var standardError = StandardError()
        let result = try loadStory(story)
        guard let compiled = result.story else { return }
        let listings = SaveStore(saves: folder, player: name, storyID: compiled.metadata.id).listings()
        let restorer = SaveRestorer(story: compiled, stamp: StoryStamp(story: compiled, sourceTexts: result.sources.texts))
        let progress = PlayerProgress(listings: listings, restorer: restorer)
        let display = progress.player ?? name.display
        let facts = progress.furthest?.summary.factsUnlocked.count ?? 0
        if facts > 0, !evenWithFacts {
            print(TerminalSafeText.clean("\(display) has found \(facts) of \(compiled.facts.count) facts: this looks like a real student. To remove them anyway, add --even-with-facts."), to: &standardError)
            throw ExitCode(1)
        }
        // Where the folder was, for the command that puts it back under its own name (a blind
        // teacher moved it back as it was named in .removed, and the student was not found, session 34).
        let original = folder.folder(for: name)
        do {
            let count = listings.filter { $0.file != nil }.count
            if dryRun {
                _ = try folder.checkRemoval(name, storyID: compiled.metadata.id)
                print(TerminalSafeText.clean("Would remove \(display) from the class (\(count) \(count == 1 ? "save" : "saves"), \(facts) of \(compiled.facts.count) facts): their folder would move to \(folder.removedFolder). Nothing was moved."))
                return
            }
            let moved = try folder.remove(name, storyID: compiled.metadata.id)
            print(TerminalSafeText.clean("Removed \(display) from the class (\(count) \(count == 1 ? "save" : "saves"), \(facts) of \(compiled.facts.count) facts): their folder is now \(moved). To undo: mv \(PlayOptions.shellWord(moved)) \(PlayOptions.shellWord(original))"))
        } catch let error as SavesFolder.RemovalError {
            print(TerminalSafeText.clean("\(error)"), to: &standardError)
            throw ExitCode(1)
        }
    }
}
