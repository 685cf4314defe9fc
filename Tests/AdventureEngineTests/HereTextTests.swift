import AdventureEngine
import Foundation
import StoryModel
import Testing

/// A thing's `here` text is where it starts, not wherever the player drops it: a blind author's
/// "Your sun helmet hangs on a tent pole." followed the helmet down the tomb's stairway.
@Suite struct HereTextTests {
    static let source = """
    story "Tomb" id tomb

    scene camp "Camp"
      Tents on the valley floor.
      exit north to stairway
      thing helmet "sun helmet"
        wearable
        here Your sun helmet hangs on a tent pole.
      thing mat "reed mat"
        here A reed mat lies before the tent.
      on wait
        move basket here
        say A boy brings a basket.
    scene stairway "Stairway"
      Stone steps lead down.
      exit south to camp
    thing basket "basket"
      starts nowhere
      here A basket of bread stands in the sand.
    """

    static func game() throws -> Game {
        let story = try #require(StoryCompilerShim.compile(Self.source))
        return Game(story: story)
    }

    static func text(_ turn: Turn) -> String {
        turn.outputs.compactMap { output -> String? in
            if case .paragraph(let text) = output { text } else { nil }
        }.joined(separator: "\n")
    }

    @Test func theHereTextIsShownWhereTheThingStarts() throws {
        var game = try Self.game()
        let look = Self.text(game.perform("look"))
        #expect(look.contains("Your sun helmet hangs on a tent pole."))
        #expect(look.contains("A reed mat lies before the tent."))
    }

    @Test func onceTakenTheThingIsListedWhereverItIsDropped() throws {
        var game = try Self.game()
        for command in ["take helmet", "n", "drop helmet"] { _ = game.perform(command) }
        let stairway = Self.text(game.perform("look"))
        #expect(!stairway.contains("tent pole"))
        #expect(stairway.contains("You can also see a sun helmet here."))
        for command in ["take helmet", "s", "drop helmet"] { _ = game.perform(command) }
        let camp = Self.text(game.perform("look"))
        #expect(!camp.contains("tent pole"), "back where it started, but the player has moved it")
        #expect(camp.contains("A reed mat lies before the tent."), "a thing nobody touched keeps its text")
        #expect(camp.contains("You can also see a sun helmet here."))
    }

    @Test func wearingAndTakingAndDroppingInOneLineCountAsHolding() throws {
        var game = try Self.game()
        _ = game.perform("wear helmet")
        _ = game.perform("take off helmet. drop helmet")
        #expect(!Self.text(game.perform("look")).contains("tent pole"))
        var other = try Self.game()
        _ = other.perform("take mat. drop mat")
        #expect(!Self.text(other.perform("look")).contains("reed mat lies"))
    }

    @Test func aThingTheStoryMovesKeepsItsHereText() throws {
        var game = try Self.game()
        #expect(Self.text(game.perform("wait")).contains("A boy brings a basket."))
        #expect(Self.text(game.perform("look")).contains("A basket of bread stands in the sand."))
    }

    @Test func undoAndARestoredGameRememberWhatWasHeld() throws {
        var game = try Self.game()
        _ = game.perform("take helmet")
        _ = game.perform("drop helmet")
        #expect(!Self.text(game.perform("look")).contains("tent pole"))
        let data = try JSONEncoder().encode(game.snapshot)
        let restored = try #require(Game(story: game.engine.story, snapshot: try JSONDecoder().decode(Game.Snapshot.self, from: data)))
        var copy = restored
        #expect(!Self.text(copy.perform("look")).contains("tent pole"))
        var undone = try Self.game()
        for command in ["take helmet", "drop helmet", "undo", "undo"] { _ = undone.perform(command) }
        #expect(Self.text(undone.perform("look")).contains("tent pole"), "undo puts the helmet back on its pole")
    }
}
