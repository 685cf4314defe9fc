import AdventureEngine
import StoryModel
import Testing

/// A question the story answers itself (`on where are the wounded americans`) is the author's
/// action, not one of the parser's free questions ("You haven't seen any wounded americans.").
@Suite struct AuthorQuestionTests {
    static let source = """
    story "Author Questions"
      id author-questions
      by The elbe-adventure tests

    scene town "Torgau"
      Empty streets. Somewhere in the town there are wounded prisoners, they say.
      thing streets "streets"
        nouns streets
        Closed shutters.
      on where are the wounded americans, what about the wounded americans
        Nobody here can tell you where the wounded are.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the author-question story does not compile") }
        return story
    }()

    @Test func theStorysOwnQuestionWinsOverTheBuiltInOne() {
        #expect(lastReply(Self.story, ["where are the wounded americans"]) == "Nobody here can tell you where the wounded are.")
        #expect(lastReply(Self.story, ["what about the wounded americans"]) == "Nobody here can tell you where the wounded are.")
    }

    @Test func otherQuestionsAreStillTheParsers() {
        // No action of the story's says this: the built-in answer about what the player has seen.
        #expect(lastReply(Self.story, ["where are the streets"]) != "Nobody here can tell you where the wounded are.")
        #expect(lastReply(Self.story, ["where am i"]).contains("Torgau"))
    }
}
