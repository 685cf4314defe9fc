import Foundation
import Testing
import TestSupport

/// What a player, a pipe or a file can throw at the game, each with the behaviour written down
/// in docs/robustness.md.
@Suite struct HostileInputTests {
    @Test func aMegabyteCommandLineIsCutAndAnswered() throws {
        let line = "take " + String(repeating: "radio ", count: 175_000)
        let run = try CLIRunner.run(["play"], input: line + "\nlook\n")
        #expect(run.status == 0)
        #expect(run.output.count < 60_000, "the echo is cut at 1,000 characters, not a megabyte")
        #expect(run.output.contains("> look"), "the game goes on after it")
    }

    @Test func controlCharactersAndEscapeSequencesNeverReachTheTerminalOrTranscript() throws {
        let saves = CLIRunner.temporaryFolder()
        let hostile = "wear \u{1B}[2J\u{1B}]0;pwned\u{07}radio\u{9B}31m\u{08}\u{0}\r"
        let run = try CLIRunner.run(["play", "--player", "Eve", "--saves", saves], input: "transcript on\n\(hostile)\ntranscript off\n")
        #expect(run.status == 0)
        let forbidden: Set<Unicode.Scalar> = ["\u{1B}", "\u{07}", "\u{9B}", "\u{08}", "\u{0}", "\r"]
        #expect(!run.output.unicodeScalars.contains { forbidden.contains($0) })
        #expect(run.output.contains("> wear radio"), "what is left of the command is played")
        let transcript = try String(contentsOfFile: saves + "/eve/elbe/transcript.txt", encoding: .utf8)
        #expect(!transcript.unicodeScalars.contains { forbidden.contains($0) })
    }

    @Test func informsScriptCommandsStartAndStopTheTranscript() throws {
        let saves = CLIRunner.temporaryFolder()
        let run = try CLIRunner.run(["play", "--player", "Eve", "--saves", saves], input: "script\ninventory\nscript off\nlook\ntranscript\nunscript\n")
        #expect(run.status == 0)
        #expect(run.output.components(separatedBy: "Writing a transcript of this session to").count == 3, "`script` and `transcript` alone start one")
        #expect(run.output.components(separatedBy: "The transcript is closed.").count == 3, "`script off` and `unscript` close it")
        #expect(!run.output.contains("nods as you say so"))
        let transcript = try String(contentsOfFile: saves + "/eve/elbe/transcript.txt", encoding: .utf8)
        #expect(transcript.contains("> inventory"))
    }

    @Test func invalidUTF8OnStandardInputIsReplacedNotFatal() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = ["play"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data([0x77, 0x65, 0x61, 0x72, 0x20, 0xFF, 0xFE, 0xC3, 0x28, 0x0A]) + Data("wear radio\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("You put on the field radio."))
    }

    @Test func aStoryThatIsAFolderOrUnreadableIsRefusedWithASentence() throws {
        let folder = CLIRunner.temporaryFolder()
        let run = try CLIRunner.run(["play", folder])
        #expect(run.status == 1)
        #expect(!run.errors.isEmpty && !run.errors.contains("Fatal error"), "\(run.errors)")
        let missing = try CLIRunner.run(["play", folder + "/missing.story"])
        #expect(missing.status == 1)
        #expect(!missing.errors.contains("Fatal error"))
    }
}
