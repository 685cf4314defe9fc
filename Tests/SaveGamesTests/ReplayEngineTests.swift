import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import StoryModel
import Testing

/// A replay on a revised story reuses the engine it was given (the game in play's, or the class
/// report's), and gives the same game as one built for the replay alone.
@Suite struct ReplayEngineTests {
    static let revisedSource = SaveTestSupport.storySource.replacingOccurrences(of: "The river.", with: "The wide river.")
    static let revised: Story = {
        guard let story = StoryCompiler.compile(source: revisedSource).story else { preconditionFailure("revised test story") }
        return story
    }()
    static let revisedStamp = StoryStamp(story: revised, sourceTexts: [revisedSource])

    func save(after commands: [String]) throws -> SaveFile {
        var game = Game(story: SaveTestSupport.story)
        for command in commands { _ = game.perform(command) }
        let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "x", savedAt: "2027-01-01T00:00:00Z",
                            summary: SaveSummary(game: game), game: game.snapshot)
        return try SaveCodec.decode(try SaveCodec.encode(file), path: "x.save", storyID: "save-test")
    }

    func replayed(_ file: SaveFile, by restorer: SaveRestorer) throws -> (Game, Int) {
        guard case .replayed(let game, let count, nil) = try restorer.restore(file, path: "x.save") else {
            throw SaveError.unreadable("x.save", "expected a full replay")
        }
        return (game, count)
    }

    @Test func aNewGameOnABuiltEngineIsTheSameAsOneFromTheStory() {
        let engine = Engine(story: Self.revised)
        var fromEngine = Game(engine: engine, seed: 7)
        var fromStory = Game(story: Self.revised, seed: 7)
        #expect(fromEngine.snapshot == fromStory.snapshot)
        for command in ["take green flare", "n", "s", "e", "look"] {
            #expect(fromEngine.perform(command) == fromStory.perform(command))
        }
        #expect(fromEngine.snapshot == fromStory.snapshot)
    }

    @Test func aReplayWithTheGamesEngineGivesTheSameGameAsWithout() throws {
        // A restart in the middle: the replay starts again on the same engine.
        let commands = ["take green flare", "n", "restart", "take green flare", "n", "s", "e"]
        let file = try save(after: commands)
        let alone = try replayed(file, by: SaveRestorer(story: Self.revised, stamp: Self.revisedStamp))
        let engine = Engine(story: Self.revised)
        let shared = try replayed(file, by: SaveRestorer(engine: engine, stamp: Self.revisedStamp))
        #expect(shared.1 == alone.1)
        #expect(shared.1 == commands.count)
        #expect(shared.0.snapshot == alone.0.snapshot)
        #expect(Self.revised.scenes[shared.0.state.scene].id == "lorenzkirch")
        #expect(shared.0.state.turns == alone.0.state.turns)
        #expect(SaveSummary(game: shared.0) == SaveSummary(game: alone.0))
    }
}
