import AdventureEngine
import Testing

/// `undo` takes back exactly the last `Game.undoDepth` turns, however long the game, and a save
/// keeps exactly those (the oldest steps are dropped in batches behind the scenes).
@Suite struct UndoDepthTests {
    @Test func aLongGameKeepsExactlyTheUndoDepth() throws {
        var (game, _) = Game.start(story: EngineTestStory.story)
        var states = [game.state]
        var turns = 0
        while states.count < Game.undoDepth + 150 {
            _ = game.perform(["take green flare", "drop green flare"][turns % 2])
            turns += 1
            states.append(game.state)
            #expect(game.undoCount == min(turns, Game.undoDepth))
        }
        let restored = try #require(Game(story: EngineTestStory.story, snapshot: game.snapshot))
        #expect(restored.undoCount == Game.undoDepth)
        for expected in states.reversed().dropFirst().prefix(Game.undoDepth) {
            _ = game.perform("undo")
            #expect(game.state == expected)
        }
        let last = game.state
        let refused = game.perform("undo")
        #expect(game.state == last)
        #expect(refused.outputs == [.error("There is nothing to undo.")])
    }
}
