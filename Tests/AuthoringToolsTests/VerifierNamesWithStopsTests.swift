import AuthoringTools
import StoryCompiler
import Testing

/// `verify` types a person's name to try the story's actions with them: "Ida B. Wells-Barnett"
/// typed whole is two commands (the full stop ends one), so her `on give {sash} to {wells}` was
/// listed as never run while `test --coverage` showed it running (a blind author's suffrage
/// march, session 15).
@Suite struct VerifierNamesWithStopsTests {
    @Test func anActionWithAPersonWhoseNameHasAFullStopIsTried() throws {
        let result = StoryCompiler.compile(source: """
        story "Fixture" id fixture

        scene station "Near the Capitol"
          An older woman in a dark hat stands apart.
          thing sash "sash"
            starts carried
            A purple, white and gold sash.
          person wells "Ida B. Wells-Barnett"
            nouns woman, wells
            A woman in a dark hat.
          on give {sash} to {wells}
            She ties the sash on over her coat.
            remove sash
            set sash-given
          on wait
            only if sash-given
            end marched

        ending marched "Marched" success
          You marched.
        """)
        let story = try #require(result.story, "\(result.diagnostics)")
        let report = Verifier(story: story).verify()
        #expect(report.passed)
        #expect(report.actionsNeverRun.isEmpty, "\(report.actionsNeverRun)")
        #expect(report.shortestWin?.first?.hasPrefix("give sash to ") == true, "\(report.shortestWin)")
    }
}
