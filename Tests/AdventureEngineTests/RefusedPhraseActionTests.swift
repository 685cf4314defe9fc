import AdventureEngine
import StoryModel
import Testing

/// A phrase action (`on why`) guarded `only if talking to lightoller`, with no `else`: said to
/// anyone else, the words are their question after all (the Titanic author's `why?` to the
/// steward had answered "That isn't possible right now.").
@Suite struct RefusedPhraseActionTests {
    @Test func theQuestionGoesToThePersonInConversationWhenTheActionRefuses() throws {
        let story = try #require(BoatDeckStory.story)
        #expect(lastReply(story, ["talk to finch", "why?"]) == "\"Ask the officer, son.\"")
        #expect(lastReply(story, ["talk to finch", "why"]) == "\"Ask the officer, son.\"")
    }

    @Test func theActionStillAnswersWhereItsGuardHolds() throws {
        let story = try #require(BoatDeckStory.story)
        #expect(lastReply(story, ["talk to lightoller", "why?"]).hasPrefix("Finch cuts in"))
    }

    @Test func anActionThatIsTheOnlyReadingStillRefuses() throws {
        // Nobody in conversation: the words have no other reading.
        let story = try #require(BoatDeckStory.story)
        #expect(lastReply(story, ["why"]) == "That isn't possible right now.")
    }
}
