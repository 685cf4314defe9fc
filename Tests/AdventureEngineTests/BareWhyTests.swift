import AdventureEngine
import StoryModel
import Testing

/// `why?` alone is asked of the person in conversation, never their `talk` again: a blind author's
/// `why?` after `ask halvorsen about planes` replayed the greeting and ran its effect lines twice
/// (session 12), and a careful student's `Why?` after Brennan spoke got his greeting back.
@Suite struct BareWhyTests {
    static let story = testStory("""
    scene mill "The Mill"
      A mill yard.
      person ortiz "Private Ortiz"
        nouns ortiz, private
        A driver.
        talk
          "Morning, Sparks."
          add 1 to greetings
        about russians
          "Over the river somewhere."
        about why
          "Because the captain says so."
      person ferris "Captain Ferris"
        nouns ferris, captain
        An officer.
        talk
          "Not now, Sparks."
      on count
        {if greetings > 1}Greeted twice.{else}Greeted once.{end}
    """)

    @Test func whyIsAskedNotTalkedAgain() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to ortiz", "ask ortiz about russians", "why"]) == "\"Because the captain says so.\"")
        #expect(lastReply(story, ["talk to ortiz", "why", "count"]) == "Greeted once.")
    }

    @Test func whyWithNoTopicForItLetsTheAnswerStand() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to ferris", "why"]) == "Captain Ferris doesn't say more than that.")
        #expect(lastReply(story, ["talk to ferris", "how come"]) == "Captain Ferris doesn't say more than that.")
    }
}
