import AdventureEngine
import Testing

/// A sentence typed with a question mark is a question to the person in conversation.
@Suite struct QuestionMarkTests {
    func reply(_ commands: String...) -> String { lastReply(BarnStory.story, commands) }

    @Test func aSentenceWithAQuestionMarkIsAskedNotNoddedAt() {
        let asked = reply("talk to ortiz", "so you slept?")
        #expect(asked == "\"Like a baby,\" says Ortiz.")
        #expect(!reply("talk to ortiz", "so its fake?").contains("nods"))
        // Without the question mark, the sentence is still said.
        #expect(reply("talk to ortiz", "so its fake") != reply("talk to ortiz", "so its fake?"))
    }
}
