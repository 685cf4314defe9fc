import AuthoringTools
import StoryCompiler
import StoryModel
import Testing

/// `exit-branch-goes-anyway` when every branch only shows text (session 36's blind author: Mama's
/// "Where is your coat? … You'd better go back for it." in one branch, the ride in the other; the
/// player arrived at Holt Street and `check` said nothing), and what it leaves alone.
@Suite struct ExitBranchRefusalTests {
    func codes(_ exit: String) throws -> [String] {
        let result = StoryCompiler.compile(source: """
        story "Fixture" id fixture

        scene street "The Street"
          A street.
        \(exit)
          on wear coat
            set coat

        scene church "The Church"
          A church.
          on leave
            end out

        ending out "Out" success
          Bye.
        """)
        let story = try #require(result.story, "\(result.diagnostics)")
        return Linter().lint(story, sources: result.sources).map(\.code.rawValue).filter { $0 == "exit-branch-goes-anyway" }
    }

    @Test func aTextThatRefusesBesideATextThatGoesIsWarnedOf() throws {
        #expect(try codes("""
          exit "ride to the church" to church
            if not coat
              Mama takes one look at you. "Where is your coat?" You'd better go back for it.
            else
              The car crawls the last blocks.
        """) == ["exit-branch-goes-anyway"])
    }

    @Test func textsThatOnlyColourTheWayOrAskFirstAreLeftAlone() throws {
        #expect(try codes("""
          exit north to church
            if coat
              The wind is behind you.
            else
              The wind is in your face.
        """).isEmpty)
        // A question at the end is asked first ("Are you sure?"): the player stays until `yes`.
        #expect(try codes("""
          exit north to church
            if not coat
              It is cold out there, and you can't feel your hands. Are you sure?
            else
              You go.
        """).isEmpty)
    }
}
