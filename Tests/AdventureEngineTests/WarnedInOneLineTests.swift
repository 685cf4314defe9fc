import AdventureEngine
import StoryModel
import Testing

/// A warning and the ending it warns of are never taken in one line: the forty-seventh blind run's
/// `Yes, I was there. We crossed at Strehla around noon.` got the reporter's warning and then, from
/// its second sentence, the press-leak ending, before the warning had been read.
@Suite struct WarnedInOneLineTests {
    static let story = testStory("""
    scene meadow "The Meadow"
      A meadow by the river.
      person reporter "Whitcomb"
        nouns whitcomb, reporter
        A reporter with a notebook.
        talk
          "Were you there?" Whitcomb asks.
        about yes
          if warned
            You tell him everything.
            end leak
          else
            You remember your orders. If you really want to, tell him again.
            set warned
      on say to {reporter}, confess
        if warned
          You tell him everything.
          end leak
        else
          You remember your orders. If you really want to, tell him again.
          set warned
      on ring bell
        The bell rings.
      on leave
        You walk away.
        end away

    ending leak "Pulled Back" failure
      The story is in the papers.

    ending away "Away" success
      You walk away.
    """)

    func replies(_ lines: [String]) throws -> (last: String, ended: Bool) {
        let story = try #require(Self.story)
        var (game, _) = Game.start(story: story)
        var last = Turn()
        for line in lines { last = game.perform(line) }
        let text = last.outputs.compactMap { output -> String? in
            switch output {
            case .paragraph(let text), .error(let text): text
            default: nil
            }
        }.joined(separator: "\n")
        return (text, game.state.ending != nil)
    }

    @Test func theSecondSentenceDoesNotTakeWhatTheFirstWarnedOf() throws {
        let (text, ended) = try replies(["talk to whitcomb", "Yes, I was there. We crossed at Strehla around noon."])
        #expect(!ended)
        #expect(text.hasSuffix("You remember your orders. If you really want to, tell him again.\n(I stopped there: the rest of what you typed was not done.)"), "\(text)")
        // Having read the warning, the player can choose it.
        let (_, endedAfter) = try replies(["talk to whitcomb", "Yes, I was there. We crossed at Strehla around noon.",
                                           "We crossed at Strehla around noon."])
        #expect(endedAfter)
    }

    /// An ending after parts that changed nothing is taken as typed.
    /// The same action twice in a line: the second is not run, and the player is told so.
    @Test func theSameEndingActionTwiceInALineSaysTheRestWasNotDone() throws {
        let (text, ended) = try replies(["talk to whitcomb", "confess. confess"])
        #expect(!ended)
        #expect(text.hasSuffix("tell him again.\n(I stopped there: the rest of what you typed was not done.)"), "\(text)")
    }

    @Test func anEndingAfterPartsThatChangedNothingIsTaken() throws {
        let (_, ended) = try replies(["ring bell. leave"])
        #expect(ended)
    }
}
