import Foundation
import Testing
import TestSupport

/// Saving, restoring and the teacher's tools, through the real binary.
@Suite struct SaveCommandTests {
    static let fixtures = Fixtures.directory(of: #filePath) + "/Fixtures"
    static let goldens = Fixtures.directory(of: #filePath) + "/Goldens"

    @Test func saveQuitAndRestoreInANewProcess() throws {
        let saves = CLIRunner.temporaryFolder()
        let first = try CLIRunner.run(["play", "--player", "Anna", "--saves", saves], input: "wear radio\nsave before the briefing\nin\nquit\n")
        #expect(first.status == 0)
        #expect(first.output.contains("Saved as 'before the briefing': Trebsen, on the Mulde"))
        let second = try CLIRunner.run(["play", "--player", "anna", "--saves", saves], input: "saves\nrestore before the briefing\ninventory\n")
        #expect(second.output.contains("before the briefing: Trebsen, on the Mulde, 2 of 40 facts, 1 turn,"))
        #expect(second.output.contains("Restored 'before the briefing'."))
        #expect(second.output.contains("field radio (worn)"))
    }

    @Test func aSecondWindowForTheSamePlayerIsTurnedAway() throws {
        let saves = CLIRunner.temporaryFolder()
        let first = Process()
        first.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        first.arguments = ["play", "--player", "Ben", "--saves", saves]
        let input = Pipe()
        first.standardInput = input
        first.standardOutput = FileHandle.nullDevice
        try first.run()
        defer {
            try? input.fileHandleForWriting.close()
            first.waitUntilExit()
        }
        var attempts = 0
        while !FileManager.default.fileExists(atPath: saves + "/ben/.lock") && attempts < 200 {
            usleep(20_000)
            attempts += 1
        }
        usleep(100_000)
        let second = try CLIRunner.run(["play", "--player", "BEN", "--saves", saves], input: "look\n")
        #expect(second.status == 1)
        #expect(second.errors.contains("BEN is already playing in another window"))
    }

    @Test("the class report, in every format", arguments: ["table", "csv", "json", "markdown"])
    func report(format: String) throws {
        let result = try CLIRunner.run(["report", "--saves", "Class", "--format", format], in: Self.fixtures)
        #expect(result.status == 0)
        let mismatch = Golden.compare(result.output, toFileAt: Self.goldens + "/report.\(format)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("a student's journal", arguments: ["markdown", "html"])
    func journal(format: String) throws {
        let result = try CLIRunner.run(["journal", "--saves", "Class", "--player", "Émile Durand", "--format", format], in: Self.fixtures)
        #expect(result.status == 0)
        let mismatch = Golden.compare(result.output, toFileAt: Self.goldens + "/journal.\(format == "html" ? "html" : "md")")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func theSavesList() throws {
        let result = try CLIRunner.run(["saves", "--saves", "Class"], in: Self.fixtures)
        #expect(result.status == 0)
        let mismatch = Golden.compare(result.output, toFileAt: Self.goldens + "/saves.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
