import AdventureEngine
import StoryModel
import Testing

/// `talk to camera man` where the story's word is `cameraman` (the seventieth blind student got
/// "You can't see any man here." with the photographer in sight).
@Suite struct SplitCompoundTests {
    static let story: Story = {
        guard let story = StoryCompilerShim.compile("""
        story "Compound"
          id compound
          by The elbe-adventure tests

        scene yard "The Yard"
          A yard. A soldier winds his camera.
          person igor "Igor"
            nouns igor, cameraman
            A soldier with a camera.
            talk
              "Smile," Igor says.
          thing wheel "wheel"
            nouns cartwheel
            A cartwheel.
        """) else { preconditionFailure("the test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func twoWordsThatMakeAWordOfTheStoryAreReadJoined() {
        #expect(reply("talk to camera man") == "\"Smile,\" Igor says.")
        #expect(reply("x cart wheel") == "A cartwheel.")
    }

    /// (`talk to camera woman` now finds Igor by his description's camera, as `talk to the
    /// camera guy` does: PeopleAndQuestionsTests.)
    @Test func wordsThatJoinIntoNothingStillFail() {
        #expect(reply("talk to radio man") != "\"Smile,\" Igor says.")
    }
}
