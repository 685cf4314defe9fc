import AuthoringTools
import StoryCompiler
import StoryModel
import Testing

/// `points-over-maximum` counts of the awards given where the story ends only the largest: one
/// ending ends the game (the nineteenth blind author, session 17: Laval's `talk` and his topic
/// each `award 2 points` then `end success`, and `check` warned of 8 against a maximum of 6).
@Suite struct PointsOfEndingsTests {
    func codes(maximum: Int) throws -> [String] {
        let result = StoryCompiler.compile(source: """
        story "Fixture" id fixture
          maximum score \(maximum)

        scene start "Start"
          A room.
          on clap
            You clap.
            if not clapped
              set clapped
              award 1 point
          on leave
            award 2 points
            end out
          on stay
            if clapped
              award 2 points
              end out

        ending out "Out" success
          Bye.
        """)
        let story = try #require(result.story, "\(result.diagnostics)")
        return Linter().lint(story, sources: result.sources).map(\.code.rawValue)
    }

    @Test func twoEndingsAwardsAreNotAddedTogether() throws {
        #expect(try !codes(maximum: 3).contains("points-over-maximum"))
        #expect(try !codes(maximum: 3).contains("points-under-maximum"))
    }

    @Test func moreThanOneEndingsAwardAndTheRestIsStillWarnedOf() throws {
        #expect(try codes(maximum: 2).contains("points-over-maximum"))
    }
}
