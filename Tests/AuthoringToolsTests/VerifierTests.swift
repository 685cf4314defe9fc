import AuthoringTools
import Foundation
import StoryCompiler
import Testing
import TestSupport

/// `verify` explores every state: these fixture stories each hide one kind of problem, and the
/// exact command sequences it reports are pinned.
@Suite struct VerifierTests {
    static let directory = Fixtures.directory(of: #filePath) + "/Fixtures"

    static func verify(_ name: String, maxStates: Int = Verifier.defaultMaxStates, drops: Bool = false) throws -> VerificationReport {
        let result = StoryCompiler.compile(path: name, provider: DirectorySourceProvider(root: directory))
        let story = try #require(result.story, "\(DiagnosticRenderer().render(result.diagnostics, sources: result.sources))")
        return Verifier(story: story).verify(maxStates: maxStates, triesDrops: drops)
    }

    @Test func aSoftLockIsFoundWithTheShortestWayIn() throws {
        let report = try Self.verify("soft-lock.story")
        #expect(!report.passed)
        #expect(report.softLocks.map(\.path) == [["east"]])
        #expect(report.softLocks.map(\.scene) == ["The Bridge"])
        #expect(report.shortestWin == ["take rusty key", "east", "east", "unlock gate"])
    }

    @Test func withDropsLeavingTheKeyBehindIsASoftLockToo() throws {
        let report = try Self.verify("soft-lock.story", drops: true)
        #expect(report.softLocks.map(\.path) == [["east"], ["take rusty key", "east", "drop rusty key", "east"]])
        #expect(report.softLocks.map(\.scene) == ["The Bridge", "The Gate"])
        #expect(report.shortestWin == ["take rusty key", "east", "east", "unlock gate"])
        #expect(report.endings.map(\.path) == [["take rusty key", "east", "east", "unlock gate"]])
    }

    /// A blind author's story with a dark cellar and a locked locker was reported unwinnable:
    /// the search must take the light, unlock and open the locker, and reach what is inside (the action takes it first, as a player's would).
    @Test func darknessAndALockedContainerAreSearchedThrough() throws {
        let report = try Self.verify("world-model.story")
        #expect(report.passed, "\(report.softLocks.map(\.path))")
        #expect(report.shortestWin == ["take brass lamp", "down", "take small key", "unlock steel locker with small key",
                                       "open steel locker", "show medal"])
    }

    /// A guard that reads whom the player is talking to (`talking to pietsch`) keeps that person in
    /// the search's state: without it, `talk to frau pietsch` would lead back to the starting state
    /// and her directions could never be asked for.
    @Test func whomThePlayerTalksToIsSearchedThrough() throws {
        let report = try Self.verify("talking-to.story")
        #expect(report.passed, "\(report.softLocks.map(\.path))")
        #expect(report.shortestWin == ["talk to frau pietsch", "where are you going", "east"])
    }

    /// Two `on yes` in one scene: the second runs when its own guard holds, and is not listed as
    /// never run (a blind author's was, though her ending was reached through it).
    @Test func theActionThatRanIsTheOneCounted() throws {
        let report = try Self.verify("two-yes.story")
        #expect(report.passed)
        #expect(report.shortestWin == ["ring bell", "yes"])
        #expect(report.actionsNeverRun.isEmpty, "\(report.actionsNeverRun)")
    }

    /// Two actions with the same words and opposite `talking to` guards, both only text: each
    /// runs in some state, and neither is listed as never run (a blind author's second one was,
    /// because only the first one's guard was checked).
    @Test func actionsSharingTheirWordsAreEachCounted() throws {
        let report = try Self.verify("talking-to-twice.story")
        #expect(report.passed)
        #expect(report.actionsNeverRun.isEmpty, "\(report.actionsNeverRun)")
    }

    /// A person's two topics with the same phrase (an `about yes` for each of two questions) are
    /// told apart in the report: the second one never runs, and the report says which it is.
    @Test func twoTopicsWithTheSamePhraseAreToldApart() throws {
        let report = try Self.verify("two-about-yes.story")
        #expect(report.topicsNeverRun == ["keller: about yes (2 of 2)"])
    }

    @Test func anUnreachableSceneAndItsFactAreReported() throws {
        let report = try Self.verify("unreachable-scene.story")
        #expect(report.scenes.map(\.id) == ["hall", "attic"])
        #expect(report.scenes.map(\.path) == [[], nil])
        #expect(report.facts.map(\.path) == [nil])
        #expect(report.softLocks.isEmpty)
        #expect(!report.passed)
        #expect(report.verdict == "FAILED: 1 fact cannot be unlocked")
    }

    @Test func anUnobtainableFactAndTheActionThatNeverRuns() throws {
        let report = try Self.verify("unobtainable-fact.story")
        #expect(report.facts.map(\.id) == ["secret"])
        #expect(report.facts[0].path == nil)
        #expect(report.actionsNeverRun == ["line 6: on read letter"])
        #expect(report.shortestWin == ["leave"])
        #expect(!report.passed)
    }

    /// "McDonnell, Huff and Staub" typed whole is two commands: their topics were reported as
    /// never run although a player reaches every one (the Elbe story's two crews).
    @Test func peopleNamedWithACommaAreAskedByTheirNoun() throws {
        let report = try Self.verify("crew-by-name.story")
        #expect(report.topicsNeverRun.isEmpty, "\(report.topicsNeverRun)")
        #expect(report.passed)
    }

    @Test func onlyAFailureEndingReachableMeansTheStartIsASoftLock() throws {
        let report = try Self.verify("failure-only.story")
        #expect(report.endings.map(\.path) == [nil, ["give up"]])
        #expect(report.shortestWin == nil)
        #expect(report.softLocks.map(\.path) == [[]])
        #expect(report.verdict == "FAILED: no success ending can be reached; 1 soft-locked state")
    }

    @Test func theFerryPassesWithItsShortestWalkthrough() throws {
        let result = StoryCompiler.compile(path: Fixtures.repositoryRoot() + "/Stories/examples/ferry.story")
        let report = Verifier(story: try #require(result.story)).verify(findsCompleteWin: true)
        #expect(report.passed, "\(report)")
        #expect(report.shortestWin == ["north", "take silver coin", "south", "give silver coin to old ferryman", "cross the river", "step ashore"])
        #expect(report.completeWin == report.shortestWin)
    }

    @Test func aStateLimitSaysWhatWasProvedAndFails() throws {
        let report = try Self.verify("soft-lock.story", maxStates: 3)
        #expect(report.isIncomplete)
        #expect(report.statesExplored == 3)
        #expect(!report.passed)
        #expect(report.description.contains("stopped after 3 states (--max-states)"))
        #expect(report.scenes.map(\.path) == [[], ["east"], nil])
    }

    /// A search cut short proves nothing missing: a teacher read "wonderful (success):
    /// UNREACHABLE" and "no success ending can be reached" as "my story cannot be won".
    @Test func aStoppedSearchCallsNothingUnreachable() throws {
        let report = try Self.verify("tomb.story", maxStates: 20)
        #expect(report.isIncomplete)
        #expect(!report.description.contains("UNREACHABLE"), "\(report)")
        #expect(!report.description.contains("cannot"), "\(report)")
        #expect(report.description.contains("  wonderful (success): not reached within 20 states\n"))
        #expect(report.verdict == "FAILED: the search stopped at 20 states before it finished; no success ending reached within them; "
            + "1 fact not unlocked within them; nothing is proved unreachable: raise --max-states")
        #expect(report.noWalkthroughReason
            == "no success ending reached within 20 states (the search stopped before it finished; raise --max-states)")
        #expect(try Self.verify("failure-only.story").noWalkthroughReason == "no success ending can be reached")
    }
}
