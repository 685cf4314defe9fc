import AdventureEngine
import ArgumentParser
import SaveGames
import StoryModel

/// `elbe-adventure saves`: lists saved games.
struct SavesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saves", abstract: "List saved games, for every player or one.")

    @Option(help: "The saves folder (default as for play).", completion: .directory) var saves: String?
    @Option(help: "Only this player's saves.") var player: String?

    func run() throws {
        let folder = SavesFolder.resolve(option: saves)
        let players: [PlayerName]
        if let player {
            players = [try playerName(player)]
        } else {
            players = FileSystemListing.playerFolders(in: folder).compactMap { try? PlayerName($0) }
        }
        var printed = false
        for player in players {
            let listings = SaveStore(saves: folder, player: player).listings()
            guard !listings.isEmpty else { continue }
            printed = true
            print("\(listings.first?.file?.player ?? player.display):")
            for listing in listings {
                if let file = listing.file {
                    let summary = file.summary
                    print("  \(file.name): \(summary.progressText), \(ClassReport.readableTime(file.savedAt))\(summary.endingTitle.map { ", ended: \($0)" } ?? "")")
                } else {
                    print("  \(listing.name): cannot be read: \(listing.problem ?? "damaged")")
                }
            }
        }
        if !printed { print("No saves in \(folder.path).") }
    }
}

/// `elbe-adventure report`: the class's progress.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Show each student's progress and what the class reached.")

    @Option(help: "The saves folder (default as for play).", completion: .directory) var saves: String?
    @Option(help: "table, csv, json or markdown.") var format: ReportFormat = .table
    @Option(help: "The story the saves belong to (default: the bundled story).", completion: .file(extensions: ["story"]))
    var story: String?

    func run() throws {
        guard let story = try loadStory(story).story else { return }
        print(ClassReport(saves: SavesFolder.resolve(option: saves), story: story).render(format.format), terminator: "")
    }
}

/// `elbe-adventure journal --player NAME`: one student's journal to hand in or print.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Print a student's journal: the facts they found, with dates, places and sources.")

    @Option(help: "The student.") var player: String
    @Option(help: "The saves folder (default as for play).", completion: .directory) var saves: String?
    @Option(help: "markdown or html.") var format: JournalFormat = .markdown
    @Option(help: "The story the saves belong to (default: the bundled story).", completion: .file(extensions: ["story"]))
    var story: String?

    func run() throws {
        let result = try loadStory(story)
        guard let story = result.story else { return }
        let name = try playerName(player)
        let store = SaveStore(saves: SavesFolder.resolve(option: saves), player: name)
        guard let listing = store.listings().first(where: { $0.file != nil }), let file = listing.file else {
            var standardError = StandardError()
            print("\(name) has no readable saves in \(store.folder).", to: &standardError)
            throw ExitCode(1)
        }
        let restorer = SaveRestorer(story: story, stamp: StoryStamp(story: story, sourceTexts: result.sources.texts))
        let game: Game
        switch try restorer.restore(file, path: listing.path) {
        case .exact(let restored), .replayed(let restored, _, _): game = restored
        }
        let document = JournalDocument(player: file.player, storyTitle: story.metadata.title,
                                       facts: game.engine.journalEntries(game.state), total: story.facts.count,
                                       map: RouteMap.named(story.metadata.id))
        print(document.render(format.format), terminator: "")
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
    var format: ClassReport.Format { ClassReport.Format(rawValue: rawValue) ?? .table }
}

enum JournalFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html
    var format: JournalDocument.Format { self == .html ? .html : .markdown }
}
