import Foundation
import Testing
import TestSupport

/// The command line as users meet it: exit codes, help, version, and clean piped output.
@Suite struct CommandLineTests {
    static let goldens = Fixtures.directory(of: #filePath) + "/Goldens"

    @Test func checkACleanStory() throws {
        let result = try CLIRunner.run(["check", "Stories/examples/ferry.story"])
        #expect(result.status == 0)
        #expect(result.output == "Stories/examples/ferry.story: ok: 3 scenes, 3 exits, 2 things, 1 person, 1 fact, 3 actions, 2 endings; 0 warnings\n")
    }

    @Test func checkABrokenStoryExitsOneWithEveryError() throws {
        let result = try CLIRunner.run(["check", "Tests/StoryCompilerTests/Diagnostics/unknown-scene.story"])
        #expect(result.status == 1)
        #expect(result.output.contains("unknown-scene.story:5:17: error: there is no scene called 'strat' [unknown-scene]"))
        #expect(result.output.contains("did you mean 'start'?"))
        #expect(!result.output.contains("\u{1B}["), "no colour when output is not a terminal")
    }

    @Test("usage errors exit 2", arguments: [["check"], ["--no-such-option"], ["play", "--width", "5"], ["play", "--player", "../etc"], ["report", "--format", "pdf"]])
    func usageErrors(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(result.errors)")
        #expect(!result.errors.isEmpty)
    }

    @Test func versionAndHelp() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0 && version.output.hasPrefix("0."))
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        for subcommand in ["play", "check", "saves", "report", "journal"] { #expect(help.output.contains(subcommand)) }
        let playHelp = try CLIRunner.run(["play", "--help"])
        for option in ["--player", "--saves", "--script", "--seed", "--width", "--plain", "--no-color"] {
            #expect(playHelp.output.contains(option))
        }
    }

    @Test func shellCompletionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try CLIRunner.run(["--generate-completion-script", shell])
            #expect(result.status == 0 && result.output.contains("elbe-adventure"))
        }
    }

    @Test func aStoryWithErrorsIsNotPlayed() throws {
        let result = try CLIRunner.run(["play", "Tests/StoryCompilerTests/Diagnostics/unknown-scene.story"], input: "look\n")
        #expect(result.status == 1)
        #expect(result.errors.contains("unknown-scene"))
        #expect(result.output.isEmpty)
    }

    @Test("piped play gives a clean transcript", arguments: [
        ("ferry-piped", ["play", "Stories/examples/ferry.story"]),
        ("elbe-plain", ["--plain"]),
        ("elbe-width-40", ["play", "--width", "40"]),
        ("elbe-width-100", ["play", "--width", "100"]),
    ])
    func pipedTranscript(name: String, arguments: [String]) throws {
        let commands = "look\nexamine radio\nwear radio\njournal\ntake the moon\nhint\nquit\n"
        let result = try CLIRunner.run(arguments, input: commands)
        #expect(result.status == 0)
        let mismatch = Golden.compare(result.output, toFileAt: Self.goldens + "/\(name).txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func aScriptFileReadsLikeAPipedSession() throws {
        let folder = CLIRunner.temporaryFolder()
        try "look\nwear radio\n".write(toFile: folder + "/script.txt", atomically: true, encoding: .utf8)
        let scripted = try CLIRunner.run(["play", "--script", folder + "/script.txt"])
        let piped = try CLIRunner.run(["play"], input: "look\nwear radio\n")
        #expect(scripted.status == 0)
        #expect(scripted.output == piped.output)
        #expect(scripted.output.contains("> wear radio\n"))
    }

    /// A script saved by a Windows editor (a carriage return before each line feed, a byte-order
    /// mark first) was read as one line, "lookwear radio", and answered "I don't know the word".
    @Test func aScriptSavedWithWindowsLineEndsReadsLikeAPipedSession() throws {
        let folder = CLIRunner.temporaryFolder()
        try "\u{FEFF}look\r\nwear radio\r\n".write(toFile: folder + "/script.txt", atomically: true, encoding: .utf8)
        let scripted = try CLIRunner.run(["play", "--script", folder + "/script.txt"])
        let piped = try CLIRunner.run(["play"], input: "look\nwear radio\n")
        #expect(scripted.status == 0)
        #expect(scripted.output == piped.output)
        #expect(scripted.output.contains("> wear radio\n"))
        #expect(!scripted.output.contains("don't know the word"))
    }

    /// A script saved as UTF-16 (Notepad's "Unicode") is refused with what to do about it.
    @Test func aUTF16ScriptIsRefusedWithTheEncodingToUse() throws {
        let folder = CLIRunner.temporaryFolder()
        try "look\r\n".write(toFile: folder + "/script.txt", atomically: true, encoding: .utf16)
        let result = try CLIRunner.run(["play", "--script", folder + "/script.txt"])
        #expect(result.status != 0)
        #expect(result.errors.contains("is not UTF-8 text: save it as 'Plain Text (UTF-8)'"))
    }

    @Test func theBundledStoryPlaysFromAnyDirectoryAndFromACopiedBinary() throws {
        let folder = CLIRunner.temporaryFolder()
        let copy = folder + "/elbe-adventure"
        try FileManager.default.copyItem(atPath: CLIRunner.binary, toPath: copy)
        for executable in [CLIRunner.binary, copy] {
            // A freshly written binary can be "busy" for a moment while a process that another
            // test is starting still holds the copy's descriptor; try again briefly.
            var attempt = 0
            var run = try? CLIRunner.run([], input: "look\n", in: "/tmp", executable: executable)
            while run == nil && attempt < 20 {
                usleep(100_000)
                attempt += 1
                run = try? CLIRunner.run([], input: "look\n", in: "/tmp", executable: executable)
            }
            let result = try #require(run)
            #expect(result.status == 0)
            #expect(result.output.hasPrefix("Patrol to the Elbe\n"))
            #expect(result.output.contains("Trebsen, on the Mulde"))
        }
    }
}
