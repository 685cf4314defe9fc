import AdventureEngine
import StoryModel
import Testing

/// With several people here and nobody in conversation, a question asks whom it is for, and
/// names its topic only when the words read as one (issue #11, the twenty-ninth blind run: `how
/// did you get here` had asked "Whom do you want to ask about get here?").
@Suite struct AskingWhomTests {
    @Test func theTopicIsNamedOnlyWhenItReadsAsOne() throws {
        // Two colonels in a hut, nobody in conversation.
        let story = try #require(FarewellInConversationTests.story)
        #expect(lastReply(story, ["how did you get here"]) == "Whom do you want to ask?")
        #expect(lastReply(story, ["ask about the bridge"]) == "Whom do you want to ask about bridge?")
    }
}
