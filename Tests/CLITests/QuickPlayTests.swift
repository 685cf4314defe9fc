import Foundation
import Testing
import TestSupport

/// The plain `play` command lines are read without the argument parser (for a faster start);
/// everything a player sees must be what the argument parser gives. `--option=value` always goes
/// through the argument parser, so each pair below is the same game read both ways.
@Suite struct QuickPlayTests {
    static let moves = "look\nexamine radio\nwear radio\nhint\nquit\n"

    /// Runs both command lines with the same input and expects the same exit, output and errors.
    func expectSame(_ quick: [String], _ parsed: [String], input: String = moves,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRunner.Result {
        let fast = try CLIRunner.run(quick, input: input)
        let slow = try CLIRunner.run(parsed, input: input)
        #expect(fast.status == slow.status, "\(quick) exits \(fast.status), \(parsed) \(slow.status)", sourceLocation: sourceLocation)
        #expect(fast.output == slow.output, "\(quick) and \(parsed) print different games", sourceLocation: sourceLocation)
        #expect(fast.errors == slow.errors, "\(fast.errors) ≠ \(slow.errors)", sourceLocation: sourceLocation)
        return fast
    }

    @Test func optionsReadTheSameWithoutTheArgumentParser() throws {
        let result = try expectSame(["play", "--seed", "7", "--width", "60", "--plain", "--no-color"],
                                    ["play", "--seed=7", "--width=60", "--plain", "--no-color"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Patrol to the Elbe\n"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func withoutThePlayCommand() throws {
        let result = try expectSame(["--width", "44"], ["play", "--width=44"])
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 44 })
    }

    @Test func aStoryFileAndAScript() throws {
        let folder = CLIRunner.temporaryFolder()
        try "look\nquit\n".write(toFile: folder + "/moves.txt", atomically: true, encoding: .utf8)
        let result = try expectSame(["play", "Stories/examples/ferry.story", "--script", folder + "/moves.txt"],
                                    ["play", "--script=" + folder + "/moves.txt", "Stories/examples/ferry.story"], input: "")
        #expect(result.status == 0)
        #expect(result.output.contains("> look\n"))
    }

    @Test func aNamedPlayerKeepsTheSameSaves() throws {
        let folder = CLIRunner.temporaryFolder()
        let quick = try CLIRunner.run(["play", "--player", "anna", "--saves", folder + "/a"], input: Self.moves)
        let parsed = try CLIRunner.run(["play", "--player=anna", "--saves=" + folder + "/b"], input: Self.moves)
        #expect(quick.status == 0 && parsed.status == 0)
        #expect(quick.output.replacingOccurrences(of: folder + "/a", with: "…") == parsed.output.replacingOccurrences(of: folder + "/b", with: "…"))
        // The game left without freeing itself: its autosave must be on disk all the same.
        for saves in [folder + "/a", folder + "/b"] {
            #expect(FileManager.default.fileExists(atPath: saves + "/anna/elbe/autosave.save"), "no autosave in \(saves)")
        }
    }

    @Test("errors while playing read the same", arguments: [
        (["play", "--script", "/nonexistent/moves.txt"], ["play", "--script=/nonexistent/moves.txt"]),
        (["play", "Tests/StoryCompilerTests/Diagnostics/unknown-scene.story"],
         ["play", "--seed=1", "Tests/StoryCompilerTests/Diagnostics/unknown-scene.story"]),
    ])
    func errorsWhilePlaying(quick: [String], parsed: [String]) throws {
        let result = try expectSame(quick, parsed)
        #expect(result.status != 0)
        #expect(!result.errors.isEmpty)
    }

    @Test("what the quick reading leaves to the argument parser", arguments: [
        ["play", "--seed", "x"], ["play", "--width", "-5"], ["play", "--player"], ["play", "--plain", "--plain", "--nope"],
        ["play", "a.story", "b.story"],
    ])
    func usageErrorsStayTheParsers(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains("Usage: elbe-adventure"), "\(result.errors)")
    }
}
