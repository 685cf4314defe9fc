import AuthoringTools
import StoryCompiler
import StoryModel
import Testing

/// `topic-never-answers` (a blind author's suffrage story, session 15): Alice Paul's second
/// `about yes`, guarded by the flag her first one sets, was written below the unguarded one and
/// never ran; `check` said nothing.
@Suite struct TopicNeverAnswersTests {
    func codes(_ topics: String) throws -> [String] {
        let result = StoryCompiler.compile(source: """
        story "Fixture" id fixture

        scene station "Near the Capitol"
          A young woman with a clipboard hurries about.
          on leave
            end out
          person paul "Alice Paul"
            nouns woman, paul
            A slight young woman with a clipboard.
            talk
              "Are you here to march?" the young woman asks.

        """ + topics + """

        ending out "Out" success
          Bye.
        """)
        let story = try #require(result.story, "\(result.diagnostics)")
        return Linter().lint(story, sources: result.sources).map(\.code.rawValue)
    }

    @Test func anUnguardedAnswerAboveAGuardedOneIsReported() throws {
        #expect(try codes("""
            about yes
              "Good. Will you carry a banner?"
              set asked-banner
            about yes
              only if asked-banner
              "Splendid."
              clear asked-banner

        """).contains("topic-never-answers"))
    }

    @Test func aShorterPhraseAboveALongerOneIsReported() throws {
        #expect(try codes("""
            about horse
              "Gray Dawn."
            about white horse, horse name
              "A fine horse."

        """).contains("topic-never-answers"))
    }

    @Test("the guarded answer first, or a phrase the earlier topic lacks: nothing", arguments: [
        """
            about yes
              only if asked-banner
              "Splendid."
              clear asked-banner
            about yes
              "Good. Will you carry a banner?"
              set asked-banner

        """,
        """
            about horse
              "Gray Dawn."
            about white horse, stable
              "A fine horse."

        """,
    ])
    func reachableTopicsAreNotReported(topics: String) throws {
        #expect(try !codes(topics).contains("topic-never-answers"))
    }
}
