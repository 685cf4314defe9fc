import AdventureEngine
import StoryCompiler
import Testing
import TestSupport

/// An `else` message is shown as the author wrote it between its outer quotes: a blind author's
/// `\"Badge, please.\"` was shown with its backslashes, and “curly” inner quotes with the outer ones.
@Suite struct RefusalQuoteTests {
    @Test(arguments: [
        (#"else "The guard points at your collar. \"Badge, please.\"""#, #"The guard points at your collar. "Badge, please.""#),
        (#"else "He says “hi”.""#, "He says “hi”."),
        (#"else “Badge, please.”"#, "Badge, please."),
        (#"else The gate is shut."#, "The gate is shut."),
    ])
    func theMessageIsShownWithoutItsOuterQuotes(refusal: String, shown: String) throws {
        let result = TinyStory.compile("""
        scene hall "Hall"
          A hall.
          exit east to yard
            only if holding badge, \(refusal)
          thing badge "badge"
        scene yard "Yard"
          A yard.
          exit west to hall
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        var (game, _) = Game.start(story: story, seed: 1)
        let turn = game.perform("east")
        #expect(turn.outputs.contains(.error(shown)) || turn.outputs.contains(.paragraph(shown)), "\(turn.outputs)")
    }
}
