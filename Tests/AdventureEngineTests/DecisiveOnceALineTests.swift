import AdventureEngine
import StoryModel
import Testing

/// A story action that warns first and ends the story when asked again runs once a line (issue
/// #11, the thirty-seventh blind run): `Yes, I was there. We crossed at Strehla at noon.` to the
/// reporter brought the warning ("If you really want to, tell him again") and, in the same
/// reply, the ending it warned of, before the player had read the warning.
@Suite struct DecisiveOnceALineTests {
    static let story = testStory("""
    scene bank "The Bank"
      A river bank.
      person reporter "reporter"
        nouns reporter, whitcomb
        A reporter with a pencil.
      on tell {reporter} about strehla, yes i was there, we crossed at strehla
        if warned
          You tell him everything.
          end leak
        else
          You remember your orders. If you really want to, tell him again.
          set warned
      on wave
        You wave.

    ending leak "Pulled Back"
      The censors stop it.
    """)

    @Test func theWarningIsReadBeforeTheChoiceIsMade() throws {
        let story = try #require(Self.story)
        var (game, _) = Game.start(story: story)
        let first = game.perform("yes i was there. we crossed at strehla")
        #expect(!first.endedStory)
        #expect(lastReply(story, ["yes i was there. we crossed at strehla"]) == "You remember your orders. If you really want to, tell him again.\n(I stopped there: the rest of what you typed was not done.)")
        // Told again on the next line, the choice is made.
        #expect(game.perform("we crossed at strehla").endedStory)
    }

    @Test func theRestOfALineStillRunsAroundIt() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["wave. yes i was there. wave"]) == "You wave.\nYou remember your orders. If you really want to, tell him again.\nYou wave.")
    }
}
