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
