import AdventureEngine
import Testing

/// `ask everyone about X`: the person here whose topic it is answers.
@Suite struct AskingEveryoneTests {
    func reply(_ commands: String...) -> String { lastReply(BarnStory.story, commands) }

    @Test func askingEveryoneAsksThePersonWhoseTopicItIs() {
        #expect(reply("ask everyone about home") == reply("ask ortiz about home"))
        #expect(reply("ask everybody about the home") == reply("ask ortiz about home"))
        #expect(!reply("ask everyone about berlin").contains("understood 'ask'"))
    }
}
