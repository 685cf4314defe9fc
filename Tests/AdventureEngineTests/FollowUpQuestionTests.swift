import AdventureEngine
import StoryModel
import Testing

/// A short follow-up that names nothing new (issue #11, the twentieth and twenty-first blind
/// play-tests): `why not?`, `what do u mean`, `what does it say about us?` go to the person in
/// conversation: their reply to anything else.
@Suite struct FollowUpQuestionTests {
    static let source = """
    story "Follow-ups"
      id follow-ups
      by The elbe-adventure tests

    scene yard "The Yard"
      hint Get the radio first.
      A farmyard.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A big patient man.
        talk
          "Bradley's order of the day," says Brennan, and reads it out.
        about anything else
          "You heard it all, Sparks," says Brennan.
      person ortiz "Ortiz"
        nouns ortiz
        A driver.
        talk
          "Second jeep," says Ortiz.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the follow-ups test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aFollowUpGoesToThePersonInConversation() {
        let brennan = "\"You heard it all, Sparks,\" says Brennan."
        #expect(reply("talk to brennan", "what does it say about us?") == brennan)
        #expect(reply("talk to brennan", "what do u mean") == brennan)
        #expect(reply("talk to brennan", "what do you mean exactly?") == brennan)
    }

    @Test func theFollowUpIsForThePersonLastSpokenWith() {
        #expect(!reply("talk to ortiz", "what do you mean").contains("Brennan"))
        #expect(!reply("talk to ortiz", "what do you mean").contains("understand"))
        // A question about a thing is no follow-up.
        #expect(!reply("talk to brennan", "what is this").contains("You heard it all"))
    }
}
