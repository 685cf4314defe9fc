import AdventureEngine
import StoryModel
import Testing

/// Words that add nothing a command needs (the twenty-fourth blind run, issue #11): `mr`,
/// `mister`, `just` had been "I don't know the word 'mr'", and `hi whats ur name` with nobody in
/// conversation "I don't know the word 'whats'".
@Suite struct FillerWordsTests {
    func reply(_ commands: String...) -> String { lastReply(LongReactionsTests.story, commands) }

    @Test func mrMisterAndJustAreLeftOut() {
        #expect(reply("mister r u ok") == reply("r u ok"))
        #expect(reply("r u ok mister") == reply("r u ok"))
        #expect(reply("hi mr brennan") == reply("hi brennan"))
        #expect(reply("just look at brennan") == "A big patient man.")
        #expect(!reply("mister r u ok").contains("don't know the word"))
    }

    @Test func aGreetingBeforeAQuestionIsTheQuestion() {
        #expect(reply("hi whats ur name") == reply("whats ur name"))
        #expect(!reply("hi whats ur name").contains("don't know the word"))
    }
}
