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
        #expect(report.description.contains("    ways that stay closed from there: west (only if wearing coat)\n"))
    }

    /// A blind author's Vesuvius (session 26): the lamp left in the study, `verify` named the
    /// courtyard's "leave the town (only if tremors >= 2)", which one `wait` opens, and not the
    /// road's guard a scene further on, which never opens again without the lamp. It now names the
    /// ways that stay closed in every state the player can still reach, where they are.
    @Test func aSoftLockNamesTheWayThatNeverOpensAgainNotOneAWaitOpens() throws {
        let result = StoryCompiler.compile(source: """
        story "Fixture" id fixture
          start at study

        scene study "The Study"
          Books, and a lamp on the desk.
          exit out to courtyard
          thing lamp "oil lamp"
            An oil lamp.

        scene courtyard "The Courtyard"
          The ground shakes now and then.
          exit "leave the town" to road
            only if tremors >= 2, else "Not yet: wait for the tremors."
          on wait
            add 1 to tremors
            The ground shakes.

        scene road "The Road"
          Ash falls. It is dark as a closed room.
          exit "leave the road" to field
            only if holding lamp, else "You cannot see the way."
          on any other command if tremors < 0
            end buried

        scene field "The Field"
          Out of the ash.
          on rest
            end safe

        ending safe "Safe" success
          You are safe.
        ending buried "Buried"
          The ash buries you.
        """)
        let story = try #require(result.story, "\(result.diagnostics)")
        let report = Verifier(story: story).verify()
        let lock = try #require(report.softLocks.first { $0.scene == "The Courtyard" }, "\(report)")
        #expect(lock.closedWays == ["leave the road from The Road (only if holding lamp)"])
        #expect(report.description.contains("    ways that stay closed from there: leave the road from The Road (only if holding lamp)\n"))
        #expect(report.description.contains(": on any other command\n"), "a catch-all that never runs is named, not \"on \"")
    }

    /// A blind author's Broad Street (session 24): plain `verify` passed where `--drops` found 512
    /// soft-locked states. Without `--drops` it now says which ways on need something carried that
    /// was not tried being left behind.
    @Test func plainVerifySaysWhichWaysOnNeedSomethingLeftBehindUntried() throws {
        let result = StoryCompiler.compile(source: """
        story "Fixture" id fixture

        scene street "Broad Street"
          A pump stands in the street.
          exit north to vestry
            only if holding notebook, else "The clerk wants it in writing."
          thing notebook "notebook"
            A notebook.

        scene vestry "The Vestry"
          The Board meets here.
          on ask board
            end handle

        ending handle "The handle" success
          The handle comes off.
        """)
        let story = try #require(result.story, "\(result.diagnostics)")
        let plain = Verifier(story: story).verify()
        #expect(plain.dropsNotTried == ["north from Broad Street (only if holding notebook)"])
        #expect(plain.description.contains("not tried: leaving things behind, which a way on needs carried: north from Broad Street (only if holding notebook); `verify --drops` tries it\n"))
        let dropping = Verifier(story: story).verify(triesDrops: true)
        #expect(dropping.dropsNotTried.isEmpty)
    }
}
