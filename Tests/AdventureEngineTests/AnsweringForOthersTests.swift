import AdventureEngine
import StoryModel
import Testing

/// A question put to one person and answered by another says who answers (the Titanic author,
/// session 14): talking to the steward, `why do we need boats` was answered by the officer with
/// nothing to say so.
@Suite struct AnsweringForOthersTests {
    static let story = testStory("""
    scene deck "The Boat Deck"
      Boats swing from the davits.
      person lightoller "Lightoller"
        nouns lightoller, officer
        The Second Officer.
        about boats, lifeboats
          "Not room in them for half of us."
      person finch "Finch"
        nouns finch, steward
        An invented steward.
        talk
          "Keep out from under the officer's feet, son."
        about anything else
          "Ask the officer, son."
    """)

    @Test func anotherPersonAnsweringSaysSo() throws {
        let story = try #require(Self.story)
        let replies = lastReply(story, ["talk to finch", "why do we need boats"])
        #expect(replies.contains("(Lightoller answers.)"))
        #expect(replies.hasSuffix("\"Not room in them for half of us.\""))
    }

    @Test func noNoteWhenThePlayerNamedWhoAnswers() throws {
        let story = try #require(Self.story)
        #expect(!lastReply(story, ["talk to finch", "ask lightoller about boats"]).contains("(Lightoller answers.)"))
        #expect(!lastReply(story, ["talk to lightoller", "why do we need boats"]).contains("(Lightoller answers.)"))
    }

    @Test func noNoteForSomethingTold() throws {
        let story = try #require(Self.story)
        #expect(!lastReply(story, ["talk to finch", "we need more boats"]).contains("(Lightoller answers.)"))
    }
}
