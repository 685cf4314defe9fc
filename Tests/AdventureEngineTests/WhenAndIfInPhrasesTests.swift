import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// `when` and `if` in an action's phrases: a guard only where a condition follows them. An author
/// who wrote `on go home, when can i go home` (the Elbe story's own July question) read "'can i'
/// is not a condition".
@Suite struct WhenAndIfInPhrasesTests {
    static let source = """
    story "When" id when-test

    scene a "A"
      A room.
      on when can i go home, what if they shoot
        Soon.
      on sing
        La.
        set sung
      on wave if sung
        You wave, still humming.
    """

    @Test func aPhraseStartingWithWhenOrWhatIfIsAPhrase() throws {
        let result = TinyStory.compile(Self.source, withHeader: false)
        #expect(result.errors.isEmpty, "\(TinyStory.rendered(result))")
        let replies = try StoryCompilerShim.replies(Self.source, ["when can i go home", "what if they shoot"])
        #expect(replies == ["Soon.", "Soon."])
    }

    @Test func ifWithAConditionIsStillTheGuard() throws {
        let replies = try StoryCompilerShim.replies(Self.source, ["wave", "sing", "wave"])
        #expect(replies[0] != "You wave, still humming.")
        #expect(replies[2] == "You wave, still humming.")
    }

    @Test func ifWithoutAConditionAfterAWordIsStillAnError() {
        let result = TinyStory.compile("""
        scene a "A"
          A room.
          on wave if the moon is blue
            Hi.
        """)
        #expect(result.errors.contains { $0.code == .expectedCondition })
    }
}
