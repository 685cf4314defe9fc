import AdventureEngine
import Foundation
import SaveGames
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
