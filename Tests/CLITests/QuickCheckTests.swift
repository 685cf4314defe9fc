import Testing
import TestSupport

/// The plain `check` command lines are read without the argument parser (a tenth of checking a
/// 600-room story was the parser learning the options); an author must see what the argument
/// parser gives. `--format=json` always goes through the argument parser, so each pair below is
/// the same check read both ways.
@Suite struct QuickCheckTests {
    static let broken = "Tests/StoryCompilerTests/Diagnostics/unknown-scene.story"
    static let ferry = "Stories/examples/ferry.story"

    @Test("a check reads the same without the argument parser", arguments: [
        (["check", "--no-color", ferry], ["check", "--no-color", "--format=text", ferry]),
        (["check", broken, "--no-color", ferry], ["check", "--format=text", broken, "--no-color", ferry]),
        (["check", "--format", "json", broken, ferry], ["check", "--format=json", broken, ferry]),
        (["check", "--warnings-as-errors", "--format", "json", ferry], ["check", "--format=json", "--warnings-as-errors", ferry]),
        (["check", "--no-color", "/nonexistent/story.story"], ["check", "--no-color", "--format=text", "/nonexistent/story.story"]),
    ])
    func sameAsTheParser(quick: [String], parsed: [String]) throws {
        let fast = try CLIRunner.run(quick)
        let slow = try CLIRunner.run(parsed)
        #expect(fast.status == slow.status, "\(quick) exits \(fast.status), \(parsed) \(slow.status)")
        #expect(fast.output == slow.output)
        #expect(fast.errors == slow.errors)
        #expect(!fast.output.isEmpty)
    }

    @Test func aBrokenStoryFailsAndAGoodOneDoesNot() throws {
        #expect(try CLIRunner.run(["check", "--no-color", Self.ferry]).status == 0)
        let broken = try CLIRunner.run(["check", "--no-color", Self.broken])
        #expect(broken.status == 1)
        #expect(broken.output.contains("error"))
    }

    @Test("what the quick reading leaves to the argument parser", arguments: [
        ["check"], ["check", "--format", "pdf", ferry], ["check", "--format"], ["check", "--nope", ferry],
    ])
    func usageErrorsStayTheParsers(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains("Usage: elbe-adventure check"), "\(result.errors)")
    }
}
