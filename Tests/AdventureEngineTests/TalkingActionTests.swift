import AdventureEngine
import Testing

/// The story's own action for talking to someone by name starts a conversation.
@Suite struct TalkingActionTests {
    func reply(_ commands: String...) -> String { lastReply(BarnStory.story, commands) }

    @Test func theStorysOwnTalkingActionStartsAConversation() {
        #expect(reply("talk to larionov", "whats ur name") == "\"Larionov,\" he says, and bows.")
    }
}
