import AdventureEngine
import StoryCompiler
import Testing
import TestSupport

/// `read them` after `take card and orders` read the card without a word (session 35's Inform
/// player): a verb for one thing asks which of the things just named, as Inform does.
@Suite struct PronounGroupTests {
    @Test func readThemAfterTakingTwoThingsAsksWhichAndReadsTheOneNamed() throws {
        let story = try #require(TinyStory.compile("""
        scene hall "Hall"
          A hall.
          thing card "signal card"
            A card.
            read Green for us.
          thing orders "copy of the orders"
            nouns orders
            A copy.
            read Five miles east.
        """).story)
        var (game, _) = Game.start(story: story, seed: 1)
        _ = game.perform("take card and orders")
        #expect(game.perform("read them").outputs == [.question("Which do you mean, the signal card or the copy of the orders?")])
        #expect("\(game.perform("orders").outputs)".contains("Five miles east."))
        var (again, _) = Game.start(story: story, seed: 1)
        _ = again.perform("take card and orders")
        _ = again.perform("drop them")
        #expect(again.state.things(at: .carried).isEmpty, "a verb for several things still takes them all")
    }
}

@Suite struct SloppyWithTests {
    @Test func wBeforeMyIsWithEvenAfterADirectionWord() throws {
        let story = try #require(TinyStory.compile("""
        scene landing "Landing"
          A boat full of rainwater.
          thing boat "boat"
            fixed
            A boat.
          thing helmet "helmet"
            A helmet.
          on bail {boat} out with {helmet}, bail {boat} with {helmet}
            You bail the boat out.
        """).story)
        var (game, _) = Game.start(story: story, seed: 1)
        _ = game.perform("take helmet")
        _ = game.perform("x boat")
        #expect("\(game.perform("bail it out w my helmet").outputs)".contains("You bail the boat out."))
    }
}
