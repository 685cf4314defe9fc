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

/// A longer guarded phrase (`on why is the gate closed`, `only if talking to jaeger`) refused to
/// the guard Lutz goes to Lutz too, though the officer beside him has the topic for the gate (a
/// blind author's Berlin Wall: "That isn't possible right now.").
@Suite struct RefusedLongerPhraseTests {
    static let story = testStory("""
    scene checkpoint "The Checkpoint"
      An officer and a guard behind the barrier.
      person jaeger "Oberstleutnant Jäger"
        nouns officer, jäger, jaeger, man
        A tired man in a grey uniform.
        talk
          "Stay back," the officer says.
        about gate, open
          "My orders are to keep it shut."
        about anything else
          "I have no time for this."
      person lutz "Private Lutz"
        nouns guard, soldier, private, lutz
        A young conscript.
        talk
          "Please stay behind the barrier," the young guard says.
        about anything else
          "I don't know anything."
      on why is the gate closed
        only if talking to jaeger
        The young guard cuts in: "Orders, citizen!"
    """)

    @Test func theLongerPhraseGoesToThePersonInConversation() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to guard", "why is the gate closed"]) == "\"I don't know anything.\"")
        #expect(lastReply(story, ["talk to officer", "why is the gate closed"]) == "The young guard cuts in: \"Orders, citizen!\"")
    }
}
