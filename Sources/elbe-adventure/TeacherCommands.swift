import AdventureEngine
import ArgumentParser
import SaveGames
import StoryCompiler
import StoryModel
import TerminalFrontEnd

/// `elbe-adventure saves`: lists saved games.
struct SavesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saves", abstract: "List saved games, for every player or one.")

    @Option(help: "The saves folder (default as for play).", completion: .directory) var saves: String?
    @Option(help: "Only this player's saves.") var player: String?

    func run() throws {
        let folder = try ClassFolder.resolve(option: saves)
        let players: [String]
        if let player {
            players = [folder.folderName(for: try playerName(player))]
        } else {
            players = FileSystemListing.playerFolders(in: folder)
        }
        let stories = folder.stories()
        var printed = false
        for player in players {
            for story in stories {
                let listings = SaveStore.listings(playerFolder: folder.path + "/" + player, storyID: story.id)
                guard !listings.isEmpty else { continue }
                printed = true
                let name = listings.compactMap(\.file?.player).first ?? player
                print(TerminalSafeText.clean("\(name), \(story.title):"))
                for listing in listings {
                    if let file = listing.file {
                        let summary = file.summary
                        // An autosave's time is its last move's (the moves appended after its snapshot carry none).
                        let written = PlayerProgress.lastWritten(file, path: listing.path)
                        print(TerminalSafeText.clean("  \(listing.name): \(summary.progressText), \(ClassReport.readableTime(written))\(summary.endingTitle.map { ", ended: \($0)" } ?? "")"))
                    } else {
                        print(TerminalSafeText.clean("  \(listing.name): cannot be read: \(listing.problem ?? "damaged")"))
                    }
                }
                let kept = listings.filter { $0.isAutomatic && $0.name != "autosave" }.count
                if kept > SavePruning.keptPerStory {
                    print("  (\(kept) earlier games were kept by the game itself besides the autosave; 'elbe-adventure prune' keeps only the furthest and the newest.)")
                }
            }
        }
        guard !printed else { return }
        // A name that is nobody's in a class that has students: the name is wrong, not the folder
        // (a blind teacher's `saves --player "chloé"` was told to give another folder, session 38).
        if let player, !FileSystemListing.playerFolders(in: folder).isEmpty {
            let typed = try playerName(player)
            let similar = stories.flatMap { folder.playersSimilar(to: typed, storyID: $0.id) }
            let hint = similar.isEmpty ? "elbe-adventure report lists the students."
                : "Did you mean " + Array(Set(similar)).sorted().map { "\"\($0)\"" }.joined(separator: " or ") + "?"
            var standardError = StandardError()
            print(TerminalSafeText.clean("No student called \"\(player)\" has saves in \(folder.path). \(hint)"), to: &standardError)
            throw ExitCode(1)
        }
        ClassFolder.sayEmpty(folder)
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
    @Option(help: "Fit the table to this many columns (default: the terminal's width; not fitted when piped).") var width: Int?

    func run() throws {
        let result = try loadStory(story)
        guard let compiled = result.story else { return }
        let folder = try ClassFolder.resolve(option: saves)
        let report = ClassReport(saves: folder, story: compiled, stamp: StoryStamp(story: compiled, sourceTexts: result.sources.texts))
        if story == nil, report.rows.isEmpty, !report.otherStories.isEmpty {
            var standardError = StandardError()
            let others = report.otherStories.map { "'\($0.title)' (\($0.students) student\($0.students == 1 ? "" : "s"))" }.joined(separator: ", ")
            print(TerminalSafeText.clean("No student in \(folder.path) has played '\(compiled.metadata.title)'; the saves there belong to \(others). Give that story's file with --story FILE."), to: &standardError)
            throw ExitCode(1)
        }
        if report.rows.isEmpty { ClassFolder.sayEmpty(folder) }
        if saves == nil {
            // Without --saves, which folder was read (session 35's teacher saw two stray students
            // of the default folder and no word of where they came from); on standard error, so a
            // CSV or JSON piped to a file is unchanged.
            var standardError = StandardError()
            print(TerminalSafeText.clean("Saves folder: \(folder.path)"), to: &standardError)
        }
        print(report.render(format.format, width: width ?? Terminal.width(), playing: report.playingNow(in: folder)), terminator: "")
    }
}

/// `elbe-adventure journal --player NAME`: one student's journal to hand in or print.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Print a student's journal, from their furthest game: the facts they found, with dates, places and sources.")

    @Option(help: "The student.") var player: String
    @Option(help: "The saves folder (default as for play).", completion: .directory) var saves: String?
    @Option(help: "markdown or html.") var format: JournalFormat = .markdown
    @Option(help: "The story the saves belong to (default: the bundled story).", completion: .file(extensions: ["story"]))
    var story: String?

    func run() throws {
        let name = try playerName(player)
        let folder = try ClassFolder.resolve(option: saves)
        var standardError = StandardError()
        let result = try loadStory(story)
        guard let compiled = result.story else { return }
        let store = SaveStore(saves: folder, player: name, storyID: compiled.metadata.id)
        let listings = store.listings()
        if story == nil, listings.isEmpty {
            let theirs = folder.stories().filter { SaveStore.listings(playerFolder: store.playerFolder, storyID: $0.id).contains { $0.file != nil } }
            if !theirs.isEmpty {
                let titles = theirs.map { "'\($0.title)'" }.joined(separator: " and ")
                print(TerminalSafeText.clean("\(name)'s saves belong to \(titles), not to '\(compiled.metadata.title)'. Give that story's file with --story FILE."), to: &standardError)
                throw ExitCode(1)
            }
        }
        let restorer = SaveRestorer(story: compiled, stamp: StoryStamp(story: compiled, sourceTexts: result.sources.texts))
        let progress = PlayerProgress(listings: listings, restorer: restorer)
        if listings.isEmpty {
            // A name typed another way than the student's ("maria jose" for "María José"): say so.
            let similar = folder.playersSimilar(to: name, storyID: compiled.metadata.id)
            let hint = similar.isEmpty
                ? (FileSystemListing.playerFolders(in: folder).isEmpty ? ClassFolder.elsewhere(than: folder) : "elbe-adventure report lists the students.")
                : "Did you mean " + similar.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
            print(TerminalSafeText.clean("No student called \"\(name)\" has played '\(compiled.metadata.title)' with the saves in \(folder.path). \(hint)"), to: &standardError)
            throw ExitCode(1)
        }
        guard let best = progress.furthest else {
            print(TerminalSafeText.clean("\(name) has no readable saves of '\(compiled.metadata.title)' in \(store.folder)."), to: &standardError)
            for problem in progress.problems { print(TerminalSafeText.clean(problem), to: &standardError) }
            throw ExitCode(1)
        }
        var document = JournalDocument(player: best.file.player, storyTitle: compiled.metadata.title,
                                       facts: best.game.engine.journalEntries(best.game.state), total: compiled.facts.count,
                                       map: RouteMap.named(compiled.metadata.id))
        document.from = best.journalSource
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
