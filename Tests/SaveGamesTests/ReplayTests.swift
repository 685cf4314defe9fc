import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import Testing

/// When the story was corrected after a save, the save's commands are replayed on the new version.
@Suite struct ReplayTests {
    func save(after commands: [String]) throws -> SaveFile {
        var game = Game(story: SaveTestSupport.story)
        for command in commands { _ = game.perform(command) }
        let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "x", savedAt: "2027-01-01T00:00:00Z",
                            summary: SaveSummary(game: game), game: game.snapshot)
        return try SaveCodec.decode(try SaveCodec.encode(file), path: "x.save", storyID: "save-test")
    }

    @Test func aRevisedStoryReplaysTheCommands() throws {
        let file = try save(after: ["take green flare", "n", "s", "e"])
        let revisedSource = SaveTestSupport.storySource.replacingOccurrences(of: "The river.", with: "The wide river.")
        let revised = try #require(StoryCompiler.compile(source: revisedSource).story)
        let restorer = SaveRestorer(story: revised, stamp: StoryStamp(story: revised, sourceTexts: [revisedSource]))
        guard case .replayed(let game, let count, nil) = try restorer.restore(file, path: "x.save") else {
            Issue.record("expected a full replay")
            return
        }
        #expect(count == 4)
        #expect(revised.scenes[game.state.scene].id == "lorenzkirch")
        #expect(game.state.unlockedFactCount == 1)
    }

    @Test func aCommandThatNoLongerWorksStopsTheReplayKeepingWhatCameBefore() throws {
        let file = try save(after: ["take green flare", "n", "s", "e", "w"])
        let revisedSource = SaveTestSupport.storySource.replacingOccurrences(of: "  exit east to lorenzkirch\n", with: "")
        let revised = try #require(StoryCompiler.compile(source: revisedSource).story)
        let restorer = SaveRestorer(story: revised, stamp: StoryStamp(story: revised, sourceTexts: [revisedSource]))
        guard case .replayed(let game, let count, let stopped?) = try restorer.restore(file, path: "x.save") else {
            Issue.record("expected the replay to stop")
            return
        }
        #expect(stopped == "e")
        #expect(count == 3)
        #expect(game.state.locations[0] == .carried, "what was reached before is kept")
        #expect(game.state.unlockedFactCount == 1)
    }
}
