import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import Testing
import GameSession

/// Each way the teacher-and-faults trial lost or overwrote a game, pinned.
@Suite struct NoGameLostTests {
    let folder = SaveTestSupport.temporaryFolder()
    var saves: SavesFolder { SavesFolder(path: folder) }
    static let anna = try! PlayerName("Anna")

    func slots(_ player: PlayerName = anna, source: String = SaveTestSupport.storySource) throws -> SaveSlots {
        let story = try #require(StoryCompiler.compile(source: source).story)
        return try SaveSlots(saves: saves, player: player, story: story, sourceTexts: [source])
    }

    func game(_ commands: [String]) -> Game {
        var game = Game(story: SaveTestSupport.story)
        for command in commands { _ = game.perform(command) }
        return game
    }

    @Test("150 games kept in the same second each get their own name")
    func keptGamesNeverCollide() throws {
        let store = SaveStore(saves: saves, player: Self.anna, storyID: "save-test")
        var names = Set<String>()
        for index in 0..<150 {
            try store.save(game(Array(repeating: "wait", count: index % 5)), as: .autosave, stamp: SaveTestSupport.stamp,
                           at: Date(timeIntervalSince1970: 1_800_000_000))
            let kept = try #require(store.keep(store.path(of: .autosave), as: "earlier game", savedAt: "2027-01-15T08:00:00Z"))
            names.insert(kept.fileName)
        }
        #expect(names.count == 150)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.folder).filter { $0.hasPrefix("earlier game") && $0.hasSuffix(".save") }
        #expect(files.count == 150, "no kept game replaced another")
    }

    @Test func aDeletedAutosaveOffersItsBackup() throws {
        let slots = try slots()
        _ = slots.autosave(game(["n"]))
        _ = slots.autosave(game(["e"])) // another game: written whole, the first kept as the backup
        try FileManager.default.removeItem(atPath: slots.store.path(of: .autosave))
        guard case .damaged(let problem, let backup?) = slots.autosaveAtStart() else {
            Issue.record("the backup of a deleted autosave was not offered")
            return
        }
        #expect("\(problem)".contains("is missing"))
        #expect(backup.summary.scene == "leckwitz")
    }

    @Test func anAutosaveWhoseIndexWasEditedOffersTheBackup() throws {
        let slots = try slots()
        _ = slots.autosave(game(["n"]))
        _ = slots.autosave(game(["e"]))
        let path = slots.store.path(of: .autosave)
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "core scene=0", with: "core scene=99")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        guard case .damaged(.doesNotFit, let backup?) = slots.autosaveAtStart() else {
            Issue.record("an autosave that does not fit the story was offered, or its backup was not")
            return
        }
        #expect(backup.summary.scene == "leckwitz")
    }

    @Test func aSaveThatIsALinkToAnotherStudentsSaveIsNeverFollowed() throws {
        let anna = try slots()
        _ = anna.autosave(game(["take green flare", "n"]))
        let annasFile = try Data(contentsOf: URL(fileURLWithPath: anna.store.path(of: .autosave)))
        let ben = try slots(try PlayerName("Ben"))
        try FileManager.default.createDirectory(atPath: ben.store.folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: ben.store.path(of: .autosave), withDestinationPath: anna.store.path(of: .autosave))
        #expect(throws: SaveError.symbolicLink(ben.store.path(of: .autosave))) { try ben.store.read(.autosave, storyID: "save-test") }
        _ = ben.autosave(game(["e"]))
        #expect(try Data(contentsOf: URL(fileURLWithPath: anna.store.path(of: .autosave))) == annasFile, "Anna's save is untouched")
        #expect(try ben.store.read(.autosave, storyID: "save-test").summary.scene == "lorenzkirch")
        let report = ClassReport(saves: saves, story: SaveTestSupport.story)
        #expect(report.rows.filter { $0.player == "Anna" }.count == 1, "no second row for Anna")
    }

    @Test func aPlayerFolderThatIsALinkIsRefused() throws {
        _ = try slots().autosave(game(["n"]))
        try FileManager.default.createSymbolicLink(atPath: folder + "/mallory", withDestinationPath: folder + "/anna")
        #expect(throws: SaveError.folderIsLink(folder + "/mallory")) { try slots(try PlayerName("Mallory")) }
        let report = ClassReport(saves: saves, story: SaveTestSupport.story)
        #expect(report.rows.count == 1)
        #expect(report.problems.contains { $0.contains("mallory is a link") })
    }

    @Test func onePlayerNamePlayingTwoStoriesKeepsBothGames() throws {
        let otherSource = SaveTestSupport.storySource.replacingOccurrences(of: "id save-test", with: "id ferry")
            .replacingOccurrences(of: "\"Save Test\"", with: "\"The Ferry\"")
        do {
            let ferry = try slots(source: otherSource)
            _ = ferry.autosave(game(["e"]))
        }
        let elbe = try slots()
        #expect(elbe.autosaveAtStart().isNone, "the other story's game is not this story's autosave")
        _ = elbe.autosave(game(["n"]))
        let ferry = SaveStore(saves: saves, player: Self.anna, storyID: "ferry")
        #expect(try ferry.read(.autosave, storyID: "ferry").summary.scene == "lorenzkirch", "the first story's game is kept")
        #expect(saves.stories().map(\.id) == ["ferry", "save-test"])
    }

    @Test func savesFromBeforeStoriesHadFoldersAreMovedIntoTheirStorysFolder() throws {
        let store = SaveStore(saves: saves, player: Self.anna, storyID: "save-test")
        try store.save(game(["n"]), as: try SaveName("mine"), stamp: SaveTestSupport.stamp)
        try FileManager.default.createDirectory(atPath: store.playerFolder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: store.path(of: try SaveName("mine")), toPath: store.playerFolder + "/mine.save")
        #expect(store.listings().map(\.name) == ["mine"], "listed where it is")
        _ = try slots()
        #expect(FileManager.default.fileExists(atPath: store.path(of: try SaveName("mine"))))
        #expect(!FileManager.default.fileExists(atPath: store.playerFolder + "/mine.save"))
    }

    @Test func aGameThatCannotBeReplayedOnARevisedStoryIsKeptAsItWas() throws {
        let store = SaveStore(saves: saves, player: Self.anna, storyID: "save-test")
        try store.save(game(["take green flare", "e", "w", "n"]), as: .autosave, stamp: SaveTestSupport.stamp)
        let original = try Data(contentsOf: URL(fileURLWithPath: store.path(of: .autosave)))
        let revised = SaveTestSupport.storySource.replacingOccurrences(of: "exit east to lorenzkirch", with: "exit northeast to lorenzkirch")
        let slots = try slots(source: revised)
        let file = try slots.store.read(.autosave, storyID: "save-test")
        let (restored, notes) = try slots.restore(file, named: "autosave", path: slots.store.path(of: .autosave))
        #expect(restored.state.unlockedFactCount == 0, "the replay stopped at 'e'")
        let kept = notes.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }.first { $0.contains("is kept as 'original ") }
        #expect(kept != nil, "\(notes)")
        _ = slots.autosave(restored)
        _ = slots.autosave(restored)
        let copies = try FileManager.default.contentsOfDirectory(atPath: store.folder).filter { $0.hasPrefix("original ") && $0.hasSuffix(".save") }
        #expect(copies.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.folder + "/" + copies[0])) == original, "byte for byte")
    }

    @Test func aFailingAutosaveSaysSoOnceAndAgainWhenItWorks() throws {
        let slots = try slots()
        _ = slots.autosave(game([]))
        // A file where the story's saves folder should be: every save fails, as on a full disk.
        let aside = slots.store.folder + ".aside"
        try FileManager.default.moveItem(atPath: slots.store.folder, toPath: aside)
        try Data().write(to: URL(fileURLWithPath: slots.store.folder))
        let first = slots.autosave(game(["n"]))
        let second = slots.autosave(game(["n", "s"]))
        #expect(first.map { "\($0)".contains("You can keep playing") } == true)
        #expect(second == nil, "said once, not after every move")
        try FileManager.default.removeItem(atPath: slots.store.folder)
        try FileManager.default.moveItem(atPath: aside, toPath: slots.store.folder)
        #expect(slots.autosave(game(["n", "s", "e"])).map { "\($0)".contains("saved again") } == true)
        #expect(try slots.store.read(.autosave, storyID: "save-test").summary.scene == "lorenzkirch")
    }

    @Test func aReadOnlySavesFolderSaysSoTruly() throws {
        // Root may write anywhere it can chmod; /sys refuses even root.
        var readOnly = folder
        chmod(folder, 0o500)
        defer { chmod(folder, 0o755) }
        if access(folder, W_OK) == 0 {
            guard FileManager.default.fileExists(atPath: "/sys/kernel") else { return }
            readOnly = "/sys"
        }
        let story = SaveTestSupport.story
        #expect(throws: SaveError.folderNotWritable(readOnly, "it is read-only for you")) {
            try SaveSlots(saves: SavesFolder(path: readOnly), player: Self.anna, story: story, sourceTexts: [])
        }
        let message = "\(SaveError.folderNotWritable(readOnly, "it is read-only for you"))"
        #expect(message.contains("cannot be written to") && !message.contains("Cannot create"))
    }

    @Test func aLongNameInDevanagariHasAFolder() throws {
        let name = try PlayerName(String(repeating: "क्षि", count: 10))
        #expect(name.folderName.utf8.count <= 120)
        let slots = try slots(name)
        #expect(slots.autosave(game(["n"])) == nil)
        let other = try PlayerName(String(repeating: "क्षि", count: 9) + "क्षा")
        #expect(other.folderName != name.folderName, "two long names stay two players")
    }
}

private extension SaveSlots.Autosave {
    var isNone: Bool { if case .none = self { true } else { false } }
}
