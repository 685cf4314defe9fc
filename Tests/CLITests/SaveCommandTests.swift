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
        #expect(second.output.contains("before the briefing: Trebsen, on the Mulde, 0 of 42 facts, 1 turn,"))
        #expect(second.output.contains("Restored 'before the briefing'."))
        #expect(second.output.contains("field radio (worn)"))
    }

    /// `load my game` is the student's newest game, not a save called "my game" (a blind
    /// student, session 33): here the game just left, kept when the piped session began a new
    /// one, which went further than the save made before it (session 34); a save that has such a
    /// name is still that save; the start of a long name is enough.
    @Test func loadMyGameRestoresTheNewestSave() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try CLIRunner.run(["play", "--player", "Ben", "--saves", saves], input: "wear radio\nsave at the start\nin\nquit\n")
        let run = try CLIRunner.run(["play", "--player", "ben", "--saves", saves], input: "load my game\nlook\n")
        #expect(run.output.contains("Restored 'earlier game "), "\(run.output)")
        #expect(run.output.contains("The Command Post"), "the game after `in`")
        #expect(!run.output.contains("There is no save called"))
        let start = try CLIRunner.run(["play", "--player", "ben", "--saves", saves], input: "restore at the\n")
        #expect(start.output.contains("Restored 'at the start'."), "\(start.output)")
        let named = try CLIRunner.run(["play", "--player", "ben", "--saves", saves], input: "save my game\nout\nrestore my game\n")
        #expect(named.output.contains("Restored 'my game'."))
    }

    @Test func aFinishedGameIsKeptWhenTheStudentComesBack() throws {
        let saves = CLIRunner.temporaryFolder()
        let walkthrough = try String(contentsOfFile: CLIRunner.root + "/Tests/TranscriptTests/Walkthroughs/elbe-wrong-flare.transcript", encoding: .utf8)
        let commands = walkthrough.split(separator: "\n").filter { $0.hasPrefix("> ") }.map { $0.dropFirst(2) }.joined(separator: "\n")
        let first = try CLIRunner.run(["play", "--player", "Fin", "--saves", saves], input: commands + "\nquit\n")
        #expect(first.output.contains("*** "), "the walkthrough reaches an ending")
        let second = try CLIRunner.run(["play", "--player", "fin", "--saves", saves], input: "saves\n")
        #expect(second.output.contains("Your finished game is kept as 'finished game "))
        #expect(second.output.contains("ended: "), "the finished game is still listed")
    }

    @Test func gamesSetAsideInTheSameMinuteAreAllKept() throws {
        let saves = CLIRunner.temporaryFolder()
        for _ in 0..<3 { _ = try CLIRunner.run(["play", "--player", "Jo", "--saves", saves], input: "wear radio\n") }
        let kept = try FileManager.default.contentsOfDirectory(atPath: saves + "/jo/elbe").filter { $0.hasPrefix("earlier game ") && $0.hasSuffix(".save") }
        #expect(kept.count == 2, "each new game keeps the one before: \(kept)")
    }

    @Test func aDamagedAutosaveIsKeptAndDoesNotSpoilTheBackup() throws {
        let saves = CLIRunner.temporaryFolder()
        // `undo` taking back the fact of `in` writes the game whole again: the first snapshot becomes
        // the backup (the session's end writes nothing when nothing was played since).
        _ = try CLIRunner.run(["play", "--player", "Hugo", "--saves", saves], input: "wear radio\nin\nundo\nin\nout\n")
        let folder = saves + "/hugo/elbe"
        let backup = try Data(contentsOf: URL(fileURLWithPath: folder + "/autosave.save.bak"))
        let junk = Data("{\"format\": \"elbe-adv".utf8)
        try junk.write(to: URL(fileURLWithPath: folder + "/autosave.save"))
        let run = try CLIRunner.run(["play", "--player", "Hugo", "--saves", saves], input: "look\n")
        let text = run.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("autosave.save cannot be read: it is damaged, or it is not a saved game. The file was left untouched."))
        #expect(text.contains("The earlier copy of your game is kept as 'earlier game "))
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("earlier game ") }
        #expect(kept.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + (kept.first ?? ""))) == backup, "the good backup is kept")
        let damaged = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("autosave.save.damaged-") }
        #expect(damaged.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + damaged[0])) == junk, "the damaged file is kept byte for byte")
    }

    @Test func restoringKeepsTheGameInPlayAndHostileSaveNamesAreRefused() throws {
        let saves = CLIRunner.temporaryFolder()
        let run = try CLIRunner.run(["play", "--player", "Ida", "--saves", saves],
                                    input: "save start\nwear radio\nin\nrestore start\nsaves\nsave ../evil\n")
        #expect(run.output.contains("(The game you were playing is kept as 'before restoring'.)"))
        #expect(run.output.contains("before restoring: The Command Post"))
        #expect(run.output.contains("'../evil' cannot be used as a save name"))
        #expect(!FileManager.default.fileExists(atPath: saves + "/evil.save"))
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
        // The CSV starts with a UTF-8 byte-order mark for Excel; Foundation drops it when it reads
        // the golden file, so it is checked here and the rest compared.
        var output = result.output
        if format == "csv" {
            #expect(output.unicodeScalars.first == "\u{FEFF}", "the CSV begins with a byte-order mark")
            output = String(output.unicodeScalars.dropFirst())
        }
        let mismatch = Golden.compare(output, toFileAt: Self.goldens + "/report.\(format)")
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
