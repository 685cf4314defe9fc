import AdventureEngine
import StoryModel
import Testing

/// Session 36's blind author (a Montgomery story): Mr Jackson's carpool fact, in a topic that runs
/// only on the porch the story moves him to, was counted in Friday's street where he starts: the
/// graph's street box counted it (GraphExporterTests) and the ending sent the player back to the street, where
/// asking gets only "What carpool?".
@Suite struct FactPlacesOfMovedPeopleTests {
    static let story = testStory("""
    scene street "Your Street"
      A quiet street.
      exit north to porch
        move jackson to porch
      on whistle
        end done
      person jackson "Mr Jackson"
        nouns jackson
        talk
          "Evening."
        about carpool
          only if in porch
          else "What carpool?"
          "We'll drive whoever needs it."
          unlock fact carpools
        about church
          "Holt Street, Monday night."
          unlock fact meeting

    scene porch "Mr Jackson's Porch"
      A porch with two chairs.
      exit south to street
      on wait
        end done

    fact carpools "The Carpools"
      Drivers carried the walkers.

    fact meeting "The Meeting"
      The meeting was at Holt Street.

    ending done "Done" success
      Done.
    """)

    @Test func aTopicThatRunsOnlyWhereThePersonIsMovedCountsThere() throws {
        let story = try #require(Self.story)
        let facts = story.factsByScene()
        let carpools = try #require(story.facts.firstIndex { $0.id == "carpools" })
        let meeting = try #require(story.facts.firstIndex { $0.id == "meeting" })
        #expect(facts[0] == [meeting])
        // The unguarded topic can be asked wherever he is: the porch too.
        #expect(facts[1] == [carpools, meeting])
    }

    @Test func theEndingSendsThePlayerWhereTheMissedFactWaits() throws {
        let story = try #require(Self.story)
        var (game, _) = Game.start(story: story)
        _ = game.perform("ask jackson about church")
        let turn = game.perform("whistle")
        let report = turn.outputs.compactMap { output -> EndingReport? in if case .ending(let report) = output { report } else { nil } }.first
        #expect(report?.scenesWithMissingFacts == ["Mr Jackson's Porch"], "\(String(describing: report))")
    }
}
