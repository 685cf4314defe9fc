import AdventureEngine
import StoryModel
import Testing

/// A blind author's Vesuvius story (session 26): `wait 10` and `wait 2` passed the turns but
/// never ran the scene's `on wait`, so the news it brought never came.
@Suite struct WaitingForTheStorysWaitTests {
    static let story = testStory("""
    scene yard "The Yard"
      A small yard.
      exit north to street
      on wait
        A rider brings news of the fleet.
    scene street "The Street"
      People hurry past.
    """)

    @Test func waitWithANumberRunsTheStorysWait() throws {
        let story = try #require(Self.story)
        let news = "A rider brings news of the fleet."
        #expect(lastReply(story, ["wait"]) == news)
        #expect(lastReply(story, ["wait 10"]) == news)
        #expect(lastReply(story, ["wait a while"]) == news)
        #expect(lastReply(story, ["north", "wait 3"]) == "Time passes.", "where no `on wait` applies, time passes")
    }
}
