import AdventureEngine
import StoryModel
import Testing

/// No error after a command that worked (issue #11, the twenty-first blind play-test): the
/// remark after a comma (`shout don't shoot, we're americans!`) goes with the command, and a
/// reaction before a question (`i'm sorry. were you there?`) leaves the question asked.
@Suite struct TrailingRemarksTests {
    static let source = """
    story "Trailing Remarks"
      id trailing-remarks
      by The elbe-adventure tests

    scene tower "The Tower"
      A tower over the river.
      person olena "Olena"
        nouns olena, woman
        A Ukrainian girl with a bucket.
        talk
          "There was a bridge," she says.
        about anything else
          She shakes her head.
      on shout
        You shout "Americans!" The wind takes it away.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the trailing-remarks test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aRemarkAfterACommandThatWorkedPrintsNoError() {
        let shout = "You shout \"Americans!\" The wind takes it away."
        #expect(reply("shout, we're americans!") == shout || reply("shout, we're americans!").hasPrefix(shout + "\n"))
        #expect(!reply("shout, we're americans!").contains("understand"))
        #expect(!reply("shout, we're americans!").contains("I stopped there"))
        // A command after the comma that fails still says so.
        #expect(reply("shout, take the moon").contains("moon"))
    }

    @Test func aReactionBeforeAQuestionLeavesTheQuestionAsked() {
        // `were you there` with nothing more to ask about is talking to her.
        #expect(reply("talk to olena", "I'm sorry. Were you there?") == "\"There was a bridge,\" she says.")
        #expect(reply("talk to olena", "I'm sorry. Were you on the bridge?") == "She shakes her head.")
        #expect(reply("talk to olena", "im sorry") == "You are quiet for a moment.")
    }

    /// `sorry, i'm not allowed to talk to reporters` with nobody to say it to: the "sorry" is
    /// left out, and the rest, which reads as nothing, must still get a reply (the twenty-fifth
    /// blind run: the game printed nothing at all).
    @Test func aLineNeverEndsWithoutAReply() throws {
        let story = try #require(testStory("""
        scene room "The Room"
          An empty room.
        """))
        let reply = lastReply(story, ["sorry, im not allowed to talk to reporters"])
        #expect(!reply.isEmpty)
    }
}
