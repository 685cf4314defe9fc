import AdventureEngine
import StoryModel
import Testing

/// What a blind student typed in session 34 and got the wrong reply to: an answer in a sentence
/// (`ok fine i wont call` to "Your choice", read as an unknown word), and pinning a badge on
/// (`pin the red star on my jacket`, read as something said to the sergeant).
@Suite struct SentencesAsAnswersTests {
    static let story = testStory("""
    scene farm "The Farm"
      A farmyard.
      thing star "red star"
        nouns star
        adjectives red
        wearable
        starts carried
        A red enamel star.
      person sergeant "Sergeant Brennan"
        nouns sergeant, brennan
        A big patient man.
        talk
          "Sparks," he says.
      on call in
        The sergeant's hand comes down on the set. "Your choice. Think about it."
        set warned
      on no
        only if warned
        "Good call, Sparks," the sergeant says.
      on yes
        only if warned
        You call in.
    """)

    @Test func anAnswerInASentenceIsTheScenesYesOrNo() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["call in", "ok fine i wont call"]) == "\"Good call, Sparks,\" the sergeant says.")
        #expect(lastReply(story, ["call in", "well i will call"]) == "You call in.")
        // `i dont know` answers nothing.
        #expect(lastReply(story, ["call in", "i dont know"]) != "\"Good call, Sparks,\" the sergeant says.")
        // Without the question, the sentence is no answer to it.
        #expect(lastReply(story, ["ok fine i wont call"]) != "\"Good call, Sparks,\" the sergeant says.")
    }

    @Test func aBadgePinnedOnIsWorn() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["pin the red star on my jacket"]) == "You put on the red star.")
        #expect(lastReply(story, ["fasten the star to my collar", "i"]) == "You are carrying a red star (worn).")
    }

    /// `mach star an` to the sergeant: a verb the game does not know before a thing in sight is
    /// no sentence to nod at ("Sergeant Brennan nods as you say so." read as done); words that
    /// name nothing here (`ich verspreche`) are still said to him.
    @Test func anUnknownVerbBeforeAThingIsNotNoddedAt() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to brennan", "mach star an"]).hasPrefix("I don't know the word 'mach'."))
        #expect(lastReply(story, ["talk to brennan", "ich verspreche"]) == "Sergeant Brennan nods as you say so.")
    }

    /// `i want speak with brennan`, without `to`, as a learner of English writes it (the second
    /// blind student of session 34: "I didn't understand that sentence.").
    @Test func iWantWithoutToIsTheCommand() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["i want speak with brennan"]) == "\"Sparks,\" he says.")
        #expect(lastReply(story, ["i want wear the star", "i"]) == "You are carrying a red star (worn).")
    }
}
