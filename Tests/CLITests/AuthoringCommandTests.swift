import Foundation
import Testing
import TestSupport

/// The author's commands as a CI script runs them: exit codes and the lines that matter.
@Suite struct AuthoringCommandTests {
    static let ferry = "Stories/examples/ferry.story"
    static let fixtures = "Tests/AuthoringToolsTests/Fixtures/"

    @Test func theFerryPassesCheckVerifyAndTest() throws {
        let check = try CLIRunner.run(["check", "--warnings-as-errors", "--no-color", Self.ferry])
        #expect(check.status == 0, "\(check.output)")
        let verify = try CLIRunner.run(["verify", Self.ferry])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("crossed (success): north, take silver coin, south, give silver coin to old ferryman, cross the river, step ashore"))
        let test = try CLIRunner.run(["test", Self.ferry])
        #expect(test.status == 0, "\(test.output)")
        #expect(test.output.hasSuffix("2 transcripts, 0 failed\n"))
    }

    @Test func warningsFailOnlyWhenAskedTo() throws {
        let story = "Tests/AuthoringToolsTests/Warnings/flag-never-read.story"
        #expect(try CLIRunner.run(["check", "--no-color", story]).status == 0)
        #expect(try CLIRunner.run(["check", "--no-color", "--warnings-as-errors", story]).status == 1)
        let json = try CLIRunner.run(["check", "--format", "json", story])
        #expect(json.output.contains("\"code\" : \"flag-never-read\""))
    }

    @Test func verifyFailsOnASoftLockAndWritesAWalkthrough() throws {
        let folder = CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLIRunner.run(["verify", Self.fixtures + "soft-lock.story", "--walkthrough", folder + "/walk.txt"])
        #expect(result.status == 1)
        #expect(result.output.contains("  stuck in The Bridge after: east\n"))
        #expect(try String(contentsOfFile: folder + "/walk.txt", encoding: .utf8) == "take rusty key\neast\neast\nunlock gate\n")
    }

    @Test func graphPrintsDotAndMermaid() throws {
        let dot = try CLIRunner.run(["graph", Self.ferry])
        #expect(dot.status == 0)
        #expect(dot.output.hasPrefix("digraph \"The Ferry\" {"))
        let mermaid = try CLIRunner.run(["graph", "--format", "mermaid", Self.ferry])
        #expect(mermaid.output.hasPrefix("flowchart TD\n"))
    }

    @Test func testWithoutATestsFolderExplainsAndFails() throws {
        let result = try CLIRunner.run(["test", Self.fixtures + "soft-lock.story"])
        #expect(result.status == 1)
        #expect(result.errors.contains("there is no folder 'Tests/AuthoringToolsTests/Fixtures/soft-lock.tests'"))
    }

    @Test func testGivenATranscriptNamesTheStoryToTest() throws {
        let result = try CLIRunner.run(["test", "Stories/elbe.tests/eighth-playtest.transcript"])
        #expect(result.status == 1)
        #expect(result.errors.contains("is a transcript: 'test' takes the story file and plays every transcript beside it: elbe-adventure test Stories/elbe.story"))
        #expect(!result.errors.contains("missing-header"), "the transcript is not compiled as a story")
    }
}
