import AdventureEngine
import StoryModel
import Testing

/// A name or a few words said back ("Lutz? He's a good boy.") asks the player nothing: the `yes`
/// or `no` after it answers no earlier question (a blind author's Berlin Wall story, session 15:
/// `ask him about lutz`, `no` ran Jäger's `about no` for "Do you want people to die here
/// tonight?" and opened the gate).
@Suite struct EchoedNameQuestionTests {
    static let story = testStory("""
    scene checkpoint "The Checkpoint"
      A barrier, and a crowd.
      person jaeger "Oberstleutnant Jäger"
        nouns officer, man, jäger, jaeger
        A tired officer with a telephone.
        talk
          "Go home," the officer says.
        about gate, open, crowd
          "My orders are to keep it shut." He looks at the crowd. "Do you want people to die here tonight?"
          set asked-gate
        about no
          only if asked-gate
          "No. Neither do I." He picks up the telephone. "Open it," he says.
          set gate-open
        about yes
          only if asked-gate
          "Then you are a fool," he says, and turns away.
        about lutz, guard, soldier
          "Lutz? He's a good boy. Leave him alone."
        about bridge
          "The bridge? Do you want to cross it tonight, with them?"
        about anything else
          "I have no time for this."
    """)

    static let gateOpens = "\"No. Neither do I.\" He picks up the telephone. \"Open it,\" he says."

    @Test func aNameSaidBackIsNoQuestion() throws {
        let story = try #require(Self.story)
        let reply = lastReply(story, ["ask jaeger about the gate", "yes", "ask him about lutz", "no"])
        #expect(reply.hasPrefix("You shake your head, though nobody has asked you anything just now."))
        #expect(lastReply(story, ["ask jaeger about lutz", "yes"]).hasPrefix("You nod, though nobody has asked you anything"))
    }

    @Test func theQuestionAfterTheEchoStillAsks() throws {
        let story = try #require(Self.story)
        // "The bridge?" is said back; "Do you want to cross it tonight, with them?" asks.
        #expect(lastReply(story, ["ask jaeger about the gate", "yes", "ask him about the bridge", "no"]) == Self.gateOpens)
        #expect(lastReply(story, ["ask jaeger about the gate", "no"]) == Self.gateOpens)
    }

    @Test func whatCountsAsAnEcho() {
        #expect(Engine.spokenQuestions("\"Lutz? He's a good boy. Leave him alone.\"").isEmpty)
        #expect(Engine.spokenQuestions("\"Frau Brandt? She has been waiting for this since 1961.\"").isEmpty)
        #expect(Engine.spokenQuestions("\"The bridge of boats at Strehla? The Poles say it went up.\"").isEmpty)
        // The reply's last sentence asks, whatever its words.
        #expect(Engine.spokenQuestions("\"The river? The Elbe?\"").map(\.text) == ["The Elbe?"])
        #expect(Engine.spokenQuestions("\"Lutz?\" he asks.").map(\.text) == ["Lutz?"])
        // A verb or `you` asks: "Ready?", "Want some coffee?", "You?".
        #expect(Engine.spokenQuestions("\"Ready? Then we go.\"").map(\.text) == ["Ready?"])
        #expect(Engine.spokenQuestions("\"Want some coffee? It's fresh.\"").map(\.text) == ["Want some coffee?"])
        #expect(Engine.spokenQuestions("\"Were you there? Where exactly?\" She waits. \"Tell me the story.\"").map(\.text)
            == ["Were you there?"])
    }
}
