import AdventureEngine
import Foundation
import GameSession
import SaveGames
import StoryCompiler
import Testing

/// "Last played" is the time of the student's last move (docs/teachers.md). Session 34's teacher
/// saw it move for a student who had only begun a new game (a piped session starts one; so does
/// `restart`) and made no move in it.
@Suite struct LastPlayedTests {
    let folder = SaveTestSupport.temporaryFolder()

    func write(_ commands: [String], as name: String, at time: String, player: String) throws {
        var game = Game(story: SaveTestSupport.story)
        for command in commands { _ = game.perform(command) }
        let store = SaveStore(saves: SavesFolder(path: folder), player: try PlayerName(player), storyID: SaveTestSupport.story.metadata.id)
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        let file = SaveFile(story: SaveTestSupport.stamp, player: player, name: name, savedAt: time,
                            summary: SaveSummary(game: game), game: game.snapshot(keepingUndo: 0))
        try SaveCodec.write(file, to: store.folder + "/\(name).save")
    }

    func lastPlayed(_ player: String) -> String? {
        ClassReport(saves: SavesFolder(path: folder), story: SaveTestSupport.story).rows.first { $0.player == player }?.lastPlayed
    }

    @Test func aNewGameWithoutAMoveKeepsTheTimeOfTheLastMove() throws {
        try write(["n", "s"], as: "before restarting", at: "2030-03-02T10:00:00Z", player: "Ole")
        try write([], as: "autosave", at: "2030-03-09T11:30:00Z", player: "Ole")
        #expect(lastPlayed("Ole") == "2030-03-02T10:00:00Z", "the new game took no turn")
        try write(["e"], as: "autosave", at: "2030-03-09T11:35:00Z", player: "Ole")
        #expect(lastPlayed("Ole") == "2030-03-09T11:35:00Z", "a move in the new game is the last move")
    }

    @Test func aStudentWhoHasOnlyJoinedHasTheTimeTheyJoined() throws {
        try write([], as: "autosave", at: "2030-03-09T11:30:00Z", player: "Zoe")
        #expect(lastPlayed("Zoe") == "2030-03-09T11:30:00Z")
    }
}

/// The game's `saves` list showed the autosave at its snapshot's time, earlier than a save made
/// before it (session 35's Inform player): the time of its last move, as the report has it.
@Suite struct SavesListTimeTests {
    @Test func theAutosaveIsListedAtItsLastMove() throws {
        let folder = SaveTestSupport.temporaryFolder()
        let story = try #require(StoryCompiler.compile(source: SaveTestSupport.storySource).story)
        let slots = try SaveSlots(saves: SavesFolder(path: folder), player: try PlayerName("Kim"), story: story,
                                  sourceTexts: [SaveTestSupport.storySource])
        var game = Game(story: SaveTestSupport.story)
        _ = game.perform("n")
        _ = slots.autosave(game)
        _ = game.perform("s")
        _ = slots.autosave(game)
        let path = slots.store.folder + "/autosave.save"
        let file = try SaveCodec.read(path: path, storyID: nil)
        try #require(!file.movesAfterSnapshot.isEmpty, "the second move is appended to the autosave")
        let moved = try #require(ISO8601DateFormatter().date(from: "2031-05-04T10:20:30Z"))
        try FileManager.default.setAttributes([.modificationDate: moved], ofItemAtPath: path)
        guard case .lines(let lines) = slots.listing() else { Issue.record("no list"); return }
        let shown = ClassReport.readableTime("2031-05-04T10:20:30Z")
        #expect(lines.contains { $0.hasPrefix("autosave") && $0.contains(shown) }, "\(lines)")
    }
}

/// Session 38's blind teacher: `quit` after a session that only looked around, and a `restore`,
/// moved "Last played" to the time of the quit or the restore; neither is a move.
@Suite struct LastPlayedWithoutAMoveTests {
    let folder = SaveTestSupport.temporaryFolder()

    func date(_ text: String) throws -> Date { try #require(ISO8601DateFormatter().date(from: text)) }

    func slots() throws -> SaveSlots {
        let story = try #require(StoryCompiler.compile(source: SaveTestSupport.storySource).story)
        return try SaveSlots(saves: SavesFolder(path: folder), player: try PlayerName("Ben"), story: story,
                             sourceTexts: [SaveTestSupport.storySource])
    }

    func lastPlayed() -> String? {
        ClassReport(saves: SavesFolder(path: folder), story: SaveTestSupport.story).rows.first { $0.player == "Ben" }?.lastPlayed
    }

    @Test func aSessionEndWithoutAMoveLeavesTheAutosaveAlone() throws {
        let slots = try slots()
        var game = Game(story: SaveTestSupport.story)
        slots.now = { (try? date("2031-01-01T10:00:00Z")) ?? Date() }
        _ = game.perform("n")
        #expect(slots.autosave(game) == nil)
        let path = slots.store.folder + "/autosave.save"
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        // Later the session ends with nothing played since (its last autosave; the session
        // leaves out an autosave after commands that took no turn, CLITests' LastPlayedCLITests).
        slots.now = { (try? date("2031-01-01T11:00:00Z")) ?? Date() }
        #expect(slots.autosave(game) == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == written, "the file is not written again")
        #expect(lastPlayed() == "2031-01-01T10:00:00Z")
    }

    @Test func aRestoreIsNoMove() throws {
        let slots = try slots()
        var game = Game(story: SaveTestSupport.story)
        slots.now = { (try? date("2031-01-01T10:00:00Z")) ?? Date() }
        _ = game.perform("n")
        _ = slots.autosave(game)
        _ = slots.save(game, name: "mine")
        slots.now = { (try? date("2031-01-01T10:05:00Z")) ?? Date() }
        _ = game.perform("s")
        _ = slots.autosave(game)
        // The move appended to the autosave carries no time: the file's own says when it was made.
        let path = slots.store.folder + "/autosave.save"
        try FileManager.default.setAttributes([.modificationDate: try date("2031-01-01T10:05:00Z")], ofItemAtPath: path)
        #expect(lastPlayed() == "2031-01-01T10:05:00Z")
        // At 11:00, `restore mine`, and the session ends with no move.
        slots.now = { (try? date("2031-01-01T11:00:00Z")) ?? Date() }
        #expect(slots.keepBeforeRestoring(game))
        let mine = try slots.store.read(try SaveName("mine"), storyID: SaveTestSupport.story.metadata.id)
        let (restored, _) = try slots.restore(mine, named: "mine", path: slots.store.path(of: try SaveName("mine")))
        _ = slots.autosave(restored)
        #expect(lastPlayed() == "2031-01-01T10:05:00Z", "the last move was before the restore")
        // A move after the restore is the last move.
        var moved = restored
        _ = moved.perform("e")
        _ = slots.autosave(moved)
        if !(try SaveCodec.read(path: path, storyID: nil)).movesAfterSnapshot.isEmpty {
            try FileManager.default.setAttributes([.modificationDate: try date("2031-01-01T11:00:00Z")], ofItemAtPath: path)
        }
        #expect(lastPlayed() == "2031-01-01T11:00:00Z")
    }
}
