import AdventureEngine
import StoryModel
import Testing

/// After the ending only the journal, score, undo, restart and the like are played; the
/// sixty-ninth blind run typed `jurnal 2` there and read "The story has ended".
@Suite struct AfterTheEndingTests {
    static let story = testStory("""
    scene yard "The Yard"
      A small yard.
      fact letter
      on whistle
        end done

    fact letter "A Letter"
      source Pliny the Younger, Letters 6.16
      Pliny wrote to Tacitus.

    ending done "Done" success
      Done.
    """)

    @Test func aTypoOfTheJournalAfterTheEndingIsRead() throws {
        let story = try #require(Self.story)
        let reply = lastReply(story, ["whistle", "jurnal 1"])
        #expect(reply.hasPrefix("(journal 1)"), "\(reply)")
        var (game, _) = Game.start(story: story)
        _ = game.perform("whistle")
        let turn = game.perform("jurnal 1")
        #expect(turn.outputs.count >= 2 && !turn.outputs.contains { if case .error = $0 { true } else { false } }, "the journal, not a refusal: \(turn.outputs)")
        #expect(lastReply(story, ["whistle", "dance"]).hasPrefix("The story has ended."), "any other command still ends there")
    }
}
