import AuthoringTools
import StoryCompiler
import Testing

/// A blind author's Kitty Hawk (session 21): `verify --drops` reported "5566 soft-locked states"
/// for one guard (`exit west … only if wearing coat`, the coat dropped), and the author worked out
/// which from the paths. Each soft-lock now names the ways out closed there, with their guards.
@Suite struct VerifierClosedWaysTests {
    @Test func aSoftLockNamesTheGuardedWayThatKeepsThePlayerIn() throws {
        let result = StoryCompiler.compile(source: """
        story "Fixture" id fixture

        scene station "The Station"
          A lifesaving station. Cold wind outside.
          exit west to camp
            only if wearing coat, else "Too cold without your coat."
          thing coat "oilskin coat"
            wearable
            An oilskin coat.

        scene camp "The Camp"
          A camp by the dunes.
          exit east to station
          on fly
            end flown

        ending flown "Flown" success
          It flew.
        """)
        let story = try #require(result.story, "\(result.diagnostics)")
        let report = Verifier(story: story).verify(triesDrops: true)
        let lock = try #require(report.softLocks.first { $0.scene == "The Station" }, "\(report)")
        #expect(lock.closedWays == ["west (only if wearing coat)"])
        #expect(report.description.contains("    ways out closed there: west (only if wearing coat)\n"))
    }
}
