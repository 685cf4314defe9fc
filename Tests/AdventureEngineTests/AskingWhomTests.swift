import AdventureEngine
import StoryModel
import Testing

/// With several people here and nobody in conversation, a question asks whom it is for, and
/// names its topic only when the words read as one (issue #11, the twenty-ninth blind run: `how
/// did you get here` had asked "Whom do you want to ask about get here?").
@Suite struct AskingWhomTests {
    static let story = testStory("""
    scene hut "The Hut"
      A hut.
      person gordeyev "Lieutenant Colonel Gordeyev"
        nouns gordeyev, colonel
        A colonel.
      person karpovich "Colonel Karpovich"
        nouns karpovich, colonel
        Another colonel.
      thing bridge "bridge"
        scenery
    """)

    @Test func theTopicIsNamedOnlyWhenItReadsAsOne() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["how did you get here"]) == "Whom do you want to ask?")
        #expect(lastReply(story, ["ask about the bridge"]) == "Whom do you want to ask about bridge?")
    }
}
