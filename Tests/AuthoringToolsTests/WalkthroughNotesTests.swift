import AuthoringTools
import Foundation
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// Two things a blind author's `test` run did not say (session 16, "The Tomb"): a walkthrough step
/// that ran an action's `else` ("You have nothing to light it with.") was not listed, and
/// `--coverage` named an action in an included file by its line alone; and (the nineteenth, session
/// 17) `light lamp` that took the matches first and ran was listed as refused.
@Suite struct WalkthroughNotesTests {
    static let camp = """
    story "Camp" id camp

    include "camp-things.story"

    scene camp "The Camp"
      A folding table.
      exit north to shed
      thing candle "candle"
        A stub of candle.
      thing matches "box of matches"
        nouns box, matches

    on light {candle}
      if holding matches
        You light the candle.
        set lit
      else
        You have nothing to light it with.

    on burn {candle}
      only if holding matches, else "No matches."
      The wick catches.
      set lit

    on smell {candle}
      if lit
        Hot tallow.
      else
        Cold tallow.

    scene shed "The Shed"
      Empty.
      exit south to camp

    flag lit

    """

    static let things = """
    on shake {matches}
      They rattle.

    """

    static func runner(_ commands: String) throws -> (StoryTestRunner, Story, String) {
        let folder = NSTemporaryDirectory() + "story-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/camp.tests", withIntermediateDirectories: true)
        try camp.write(toFile: folder + "/camp.story", atomically: true, encoding: .utf8)
        try things.write(toFile: folder + "/camp-things.story", atomically: true, encoding: .utf8)
        try "story: ../camp.story\nseed: 1\nwidth: 80\n\n\(commands)".write(toFile: folder + "/camp.tests/a.transcript", atomically: true, encoding: .utf8)
        let compiled = StoryCompiler.compile(path: folder + "/camp.story")
        let story = try #require(compiled.story, "\(compiled.diagnostics)")
        return (StoryTestRunner(story: story, storyPath: folder + "/camp.story"), story, folder)
    }

    @Test func anElseThatChangesNothingIsListedAndTheOtherBranchIsNot() throws {
        let (runner, _, folder) = try Self.runner("> light candle\n> take matches\n> light candle\n> smell candle\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let refusals = try runner.run(record: true).flatMap(\.refusals)
        #expect(refusals == ["transcript line 15: > light candle: the story's action on line 13 of \(folder)/camp.story took an else that changes nothing"])
    }

    @Test func anActionWhoseGuardHeldAfterTheImplicitTakeIsNotRefused() throws {
        let (runner, _, folder) = try Self.runner("> burn candle\n> smell candle\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let results = try runner.run(record: true)
        #expect(results.flatMap(\.refusals).isEmpty, "\(results.flatMap(\.refusals))")
    }

    @Test func anActionRefusedByItsGuardIsStillListed() throws {
        let (runner, _, folder) = try Self.runner("> take candle\n> north\n> burn candle\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let refusals = try runner.run(record: true).flatMap(\.refusals)
        #expect(refusals == ["transcript line 25: > burn candle: the story's action on line 20 of \(folder)/camp.story refused it (only if)"], "\(refusals)")
    }

    @Test func coverageNamesTheFileOfAnActionInAnIncludedFile() throws {
        let (_, story, folder) = try Self.runner("> look\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let coverage = Coverage(story: story, transcripts: [StoryTranscript(text: "story: x\n\n> look\n", defaultStory: "x")])
        #expect(coverage.actions.contains("line 1 of \(folder)/camp-things.story: on shake {matches}"), "\(coverage.actions)")
        #expect(coverage.actions.contains("line 13 of \(folder)/camp.story: on light {candle}"), "\(coverage.actions)")
    }
}
