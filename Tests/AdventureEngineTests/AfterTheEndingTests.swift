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
      exit north to shore
      on whistle
        end done
    scene shore "The Shore"
      Ash falls.
      after 2 turns
        A messenger brings the news.
        unlock fact death

    fact letter "A Letter"
      source Pliny the Younger, Letters 6.16
      Pliny wrote to Tacitus.

    fact death "A Death"
      The admiral died on the shore.

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

    /// A blind author's Vesuvius story: the ending's "The facts you missed wait in: …" left out a
    /// fact a timed event unlocks.
    @Test func theMissedFactsOfATimedEventAreWhereItHappens() throws {
        let story = try #require(Self.story)
        var (game, _) = Game.start(story: story)
        let turn = game.perform("whistle")
        let report = turn.outputs.compactMap { output -> EndingReport? in if case .ending(let report) = output { report } else { nil } }.first
        #expect(report?.scenesWithMissingFacts == ["The Shore"], "\(String(describing: report))")
    }
}
