import AdventureEngine
import StoryModel
import Testing

/// A question about someone else is the listener's to answer when the listener has a topic for
/// it (a blind author's Berlin Wall, session 15): Frau Brandt answered "what is your friend's
/// name" with her own name, though she has `about micha, …, friend`; and talking to Lutz, "what do
/// you think of the officer" was answered by the officer's `about anything else`, though Lutz has
/// `about officer, jäger`. A named person answers only with a topic of their own, never with
/// their catch-all over the listener's topic.
@Suite struct ListenersTopicAboutSomeoneElseTests {
    static let story = testStory("""
    scene street "Bornholmer Straße"
      A crowd on the pavement.
      exit "walk to the checkpoint" to checkpoint
      person brandt "Frau Brandt"
        nouns woman, brandt, frau
        A woman in a red scarf.
        talk
          "Have you heard?" she asks.
        about name
          "Brandt. Renate Brandt."
        about micha, young man, bicycle, friend
          "That's Micha, from the fourth floor."
        about anything else
          "Ask me tomorrow," she says.
      person micha "Micha"
        nouns man, micha
        adjectives young
        A young man with a bicycle.
        talk
          "Are you coming?" Micha asks.
        about name
          "Micha."
        about brandt, woman, neighbour
          "Frau Brandt has been waiting for this since 1961."
        about anything else
          He shrugs.

    scene checkpoint "The Checkpoint"
      An officer and a guard behind the barrier.
      person jaeger "Oberstleutnant Jäger"
        nouns officer, jäger, jaeger, man
        A tired man in a grey uniform.
        talk
          "Stay back," the officer says.
        about gate
          "My orders are to keep it shut."
        about anything else
          "I have no time for this."
      person lutz "Private Lutz"
        nouns guard, soldier, private, lutz
        adjectives young
        A young conscript.
        talk
          "Please stay behind the barrier," the young guard says.
        about officer, jäger, jaeger
          "He is all right. He's been on the phone for hours."
        about anything else
          "I don't know anything."
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test("your friend's name is the listener's topic for the friend",
          arguments: ["what is your friend's name", "whats your friends name", "what is the name of your friend"])
    func theNameOfAFriendIsTheListenersTopic(question: String) throws {
        #expect(try reply("talk to woman", question) == "\"That's Micha, from the fourth floor.\"")
    }

    @Test func theListenersOwnNameStaysHers() throws {
        #expect(try reply("talk to woman", "what is your name") == "\"Brandt. Renate Brandt.\"")
    }

    @Test("the listener's topic beats the named person's catch-all",
          arguments: ["what do you think of the officer", "what do you think of jäger", "what do you think of jaeger",
                      "what do you think about the officer"])
    func theListenersTopicBeatsTheCatchAll(question: String) throws {
        #expect(try reply("walk to the checkpoint", "talk to guard", question) == "\"He is all right. He's been on the phone for hours.\"")
    }

    @Test("a person named after of is what Micha is asked about",
          arguments: ["what do you think of frau brandt", "what do you think of the woman"])
    func aNeighbourIsTheListenersTopic(question: String) throws {
        #expect(try reply("talk to young man", question) == "\"Frau Brandt has been waiting for this since 1961.\"")
    }
}
