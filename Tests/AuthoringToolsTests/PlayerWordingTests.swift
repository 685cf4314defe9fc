import AuthoringTools
import StoryCompiler
import StoryModel
import Testing

/// `verify` words its paths as a player types them: `talk to sergeant harris, yes`, not the
/// search's `ask sergeant harris about yes` (two blind authors, session 13).
@Suite struct PlayerWordingTests {
    static let source = """
    story "Truce" id truce

    scene trench "The Trench"
      Frost on the sandbags.
      person harris "Sergeant Harris"
        nouns sergeant, harris
        A tired sergeant.
        talk
          "Do you hear them singing?" Harris asks.
        about yes
          "Then go and see," he says.
          set heard
      exit "climb out" to field
        only if heard, else "Harris pulls you down."

    scene field "No Man's Land"
      Frozen mud between the wire.
      on shake hands
        end truce

    ending truce "Truce" success
      You shake hands.
    """

    @Test func anAnswerToAQuestionIsWordedAsYes() throws {
        let story = try #require(StoryCompiler.compile(source: Self.source).story)
        let report = Verifier(story: story).verify()
        let win = try #require(report.shortestWin)
        #expect(win == ["talk to sergeant harris", "yes", "climb out", "shake hands"])
        #expect(!report.description.contains("about yes"))
    }
}
