import AdventureEngine
import Testing

/// `undo` takes back exactly the last `Game.undoDepth` turns, however long the game, and a save
/// keeps exactly those (past the depth, a turn takes the oldest step's place behind the scenes).
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

    /// Undo after the history has gone round its depth, then new turns in the places undo freed:
    /// undo still takes back exactly the turns played, newest first, and a save keeps them in order.
    @Test func turnsTakenBackAfterTheDepthAreReplacedInOrder() throws {
        var (game, _) = Game.start(story: EngineTestStory.story)
        var states = [game.state]
        var turns = 0
        func play(_ count: Int) {
            for _ in 0..<count {
                _ = game.perform(["take green flare", "drop green flare"][turns % 2])
                turns += 1
                states.append(game.state)
            }
        }
        play(Game.undoDepth + 123)
        for _ in 0..<40 {
            _ = game.perform("undo")
            states.removeLast()
            turns -= 1
        }
        #expect(game.undoCount == Game.undoDepth - 40)
        play(25)
        #expect(game.undoCount == Game.undoDepth - 15)
        play(30)
        #expect(game.undoCount == Game.undoDepth)
        var restored = try #require(Game(story: EngineTestStory.story, snapshot: game.snapshot))
        #expect(restored.undoCount == Game.undoDepth)
        for expected in states.reversed().dropFirst().prefix(Game.undoDepth) {
            _ = game.perform("undo")
            _ = restored.perform("undo")
            #expect(game.state == expected)
            #expect(restored.state == expected)
        }
        #expect(game.perform("undo").outputs == [.error("There is nothing to undo.")])
    }
}
