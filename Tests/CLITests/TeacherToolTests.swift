import Foundation
import Testing
import TestSupport

/// The teacher's tools (`saves`, `report`, `journal`, `prune`) on the folders a lesson leaves.
@Suite struct TeacherToolTests {
    static let fixtures = Fixtures.directory(of: #filePath) + "/Fixtures/Class"

    /// A copy of the fixture class, to change.
    func classCopy() throws -> String {
        let folder = CLIRunner.temporaryFolder() + "/Class"
        try FileManager.default.copyItem(atPath: Self.fixtures, toPath: folder)
        return folder
    }

    /// A small story of its own id, as a teacher's second story would be.
    func ferryStory(in folder: String) throws -> String {
        let path = folder + "/ferry.story"
        try """
        story "The Ferry" id ferry
        scene bank "The Bank"
          The ferry waits.
          exit east to water
        scene water "On the Water"
          exit west to bank
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func journalWithoutStoryUsesTheStoryOfTheSavesOrSaysWhichToGive() throws {
        let saves = CLIRunner.temporaryFolder()
        let story = try ferryStory(in: saves)
        _ = try CLIRunner.run(["play", story, "--player", "Anna", "--saves", saves], input: "e\n")
        let journal = try CLIRunner.run(["journal", "--player", "Anna", "--saves", saves])
        #expect(journal.status == 1)
        #expect(journal.errors.contains("Anna's saves belong to 'The Ferry', not to 'Patrol to the Elbe'. Give that story's file with --story FILE."))
        let withStory = try CLIRunner.run(["journal", "--player", "Anna", "--saves", saves, "--story", story])
        #expect(withStory.status == 0)
        #expect(withStory.output.contains("# The Ferry: the journal of Anna"))
    }

    /// A blind teacher's `report --saves Class` (for `class`) and `report` after making a `Saves`
    /// folder printed empty reports and ended well: the class's work looked gone (session 34).
    @Test func aFolderWithoutTheClassSaysWhereTheSavesAre() throws {
        let work = CLIRunner.temporaryFolder()
        let home = work + "/home"
        let environment = ["HOME": home, "XDG_DATA_HOME": ""]
        _ = try CLIRunner.run(["play", "--player", "Nora"], input: "wear radio\n", in: work, environment: environment)
        let defaultFolder = home + "/.local/share/elbe-adventure/Saves"
        let typo = try CLIRunner.run(["report", "--saves", "Class"], in: work, environment: environment)
        #expect(typo.status == 1)
        #expect(typo.errors.contains("There is no saves folder Class. Saves of 1 student are in \(defaultFolder): add --saves \(defaultFolder)."), "\(typo.errors)")
        try FileManager.default.createDirectory(atPath: work + "/Saves", withIntermediateDirectories: false)
        let report = try CLIRunner.run(["report"], in: work, environment: environment)
        #expect(report.errors.contains("No student has saves in Saves. Saves of 1 student are in \(defaultFolder)"), "\(report.errors)")
        let journal = try CLIRunner.run(["journal", "--player", "Nora"], in: work, environment: environment)
        #expect(journal.status == 1)
        #expect(journal.errors.contains("add --saves \(defaultFolder)."))
        let found = try CLIRunner.run(["journal", "--player", "Nora", "--saves", defaultFolder], in: work, environment: environment)
        #expect(found.status == 0)
        // Without --saves, `report` names the folder it read (session 35's teacher), on standard error.
        try FileManager.default.removeItem(atPath: work + "/Saves")
        let named = try CLIRunner.run(["report"], in: work, environment: environment)
        #expect(named.errors.contains("Saves folder: \(defaultFolder)"), "\(named.errors)")
        #expect(named.output.contains("Nora") && !named.output.contains("Saves folder"))
    }

    /// Session 38's blind teacher: `saves --player "chloé"` in a class with Chloe was told to give
    /// another folder; the name is what is wrong.
    @Test func savesOfANameNobodyHasSaysTheNameNotTheFolder() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try CLIRunner.run(["play", "--player", "Chloe", "--saves", saves], input: "wear radio\n")
        let accented = try CLIRunner.run(["saves", "--saves", saves, "--player", "chloé"])
        #expect(accented.status == 1)
        #expect(accented.errors.contains("No student called \"chloé\" has saves in \(saves). Did you mean \"Chloe\"?"), "\(accented.errors)")
        let unknown = try CLIRunner.run(["saves", "--saves", saves, "--player", "Bob"])
        #expect(unknown.errors.contains("No student called \"Bob\" has saves") && unknown.errors.contains("report lists the students"), "\(unknown.errors)")
        #expect(try CLIRunner.run(["saves", "--saves", saves, "--player", "chloe"]).output.contains("Chloe, Patrol to the Elbe:"))
    }

    @Test func reportWithoutStoryOnAnotherStorysSavesSaysSo() throws {
        let saves = CLIRunner.temporaryFolder()
        let story = try ferryStory(in: saves)
        _ = try CLIRunner.run(["play", story, "--player", "Anna", "--saves", saves], input: "e\n")
        let report = try CLIRunner.run(["report", "--saves", saves])
        #expect(report.status == 1)
        #expect(report.errors.contains("the saves there belong to 'The Ferry' (1 student). Give that story's file with --story FILE."))
        let ferry = try CLIRunner.run(["report", "--saves", saves, "--story", story])
        #expect(ferry.output.contains("1 student."))
    }

    @Test func declinedGamesAreListedUnderTheirOwnNames() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try CLIRunner.run(["play", "--player", "Jo", "--saves", saves], input: "wear radio\n")
        _ = try CLIRunner.run(["play", "--player", "Jo", "--saves", saves], input: "wear radio\nin\n")
        let listing = try CLIRunner.run(["saves", "--player", "Jo", "--saves", saves])
        let names = listing.output.split(separator: "\n").filter { $0.hasPrefix("  ") }.map { $0.split(separator: ":")[0] }
        #expect(names.filter { $0 == "  autosave" }.count == 1, "\(listing.output)")
        #expect(names.contains { $0.hasPrefix("  earlier game ") }, "\(listing.output)")
    }

    @Test func escapeCodesInASaveNeverReachTheTeachersTerminal() throws {
        let saves = try classCopy()
        let path = saves + "/anna schmidt/autosave.save"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"player\" : \"Anna Schmidt\"", with: "\"player\" : \"Anna\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        for format in ["table", "csv", "json", "markdown"] {
            let report = try CLIRunner.run(["report", "--saves", saves, "--format", format])
            #expect(!report.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" }, "report --format \(format)")
            #expect(report.output.contains("Anna"))
        }
        let listing = try CLIRunner.run(["saves", "--saves", saves])
        #expect(!listing.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        let journal = try CLIRunner.run(["journal", "--player", "Anna Schmidt", "--saves", saves])
        #expect(journal.status == 0)
        #expect(!journal.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }

    @Test func theReportCountsTheFactsOfTheGameNotOfAnEditedSummary() throws {
        let saves = try classCopy()
        let path = saves + "/dana kowalczyk/autosave.save"
        func json(_ path: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        }
        let anna = try json(saves + "/anna schmidt/autosave.save")
        var dana = try json(path)
        var summary = try #require(dana["summary"] as? [String: Any])
        summary["factsUnlocked"] = (anna["summary"] as? [String: Any])?["factsUnlocked"]
        dana["summary"] = summary
        try JSONSerialization.data(withJSONObject: dana).write(to: URL(fileURLWithPath: path))
        let report = try CLIRunner.run(["report", "--saves", saves, "--format", "csv"])
        #expect(report.output.contains("Dana Kowalczyk,The Command Post,7,42,"), "\(report.output)")
    }

    @Test func theJournalShowsTheFurthestGameAndSaysWhich() throws {
        let saves = CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(atPath: saves + "/ben okafor", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures + "/ben okafor/finished game 2026-11-20-10-00.save",
                                         toPath: saves + "/ben okafor/finished game 2026-11-20-10-00.save")
        try FileManager.default.copyItem(atPath: Self.fixtures + "/ben okafor/autosave.save", toPath: saves + "/ben okafor/autosave.save")
        let journal = try CLIRunner.run(["journal", "--player", "Ben Okafor", "--saves", saves])
        #expect(journal.output.contains("42 of 42 facts."), "the finished game, not the newer one")
        #expect(journal.output.contains("From Ben Okafor's furthest game, the save 'finished game 2026-11-20-10-00' of 2026-11-20 10:00 UTC."))
    }

    /// The third teacher typed "maria jose" for "María José" and read "has no readable saves",
    /// as if the files were damaged.
    @Test func aJournalOfANameTypedAnotherWaySuggestsTheStudent() throws {
        let saves = try classCopy()
        let typo = try CLIRunner.run(["journal", "--player", "ben okafr", "--saves", saves])
        #expect(typo.status == 1)
        #expect(typo.errors.contains("No student called \"ben okafr\" has played 'Patrol to the Elbe' with the saves in \(saves). Did you mean \"Ben Okafor\"?"), "\(typo.errors)")
        #expect(!typo.errors.contains("readable"))
        let unaccented = try CLIRunner.run(["journal", "--player", "emile durand", "--saves", saves])
        #expect(unaccented.errors.contains("Did you mean \"Émile Durand\"?"), "\(unaccented.errors)")
        let unknown = try CLIRunner.run(["journal", "--player", "Zed", "--saves", saves])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("elbe-adventure report lists the students."), "\(unknown.errors)")
    }

    @Test func aStudentWhoseOnlySaveIsDamagedKeepsARow() throws {
        let saves = try classCopy()
        try FileManager.default.removeItem(atPath: saves + "/dana kowalczyk/autosave.save")
        let report = try CLIRunner.run(["report", "--saves", saves])
        #expect(report.output.contains("dana kowalczyk (!)  (no save can be read)"), "\(report.output)")
        #expect(report.output.contains("6 students."))
    }

    /// Session 38's blind teacher could not tell from `report` who was still in a game.
    @Test func theReportSaysWhoIsPlayingNow() throws {
        let saves = try classCopy()
        let before = try CLIRunner.run(["report", "--saves", saves])
        #expect(!before.output.contains("playing now"), "\(before.output)")
        // Ben's game open in another process holds his folder's lock, as the game does.
        let descriptor = open(saves + "/ben okafor/.lock", O_CREAT | O_RDWR, 0o644)
        defer { close(descriptor) }
        try #require(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
        guard FileManager.default.isReadableFile(atPath: "/proc/locks") else { return }
        let during = try CLIRunner.run(["report", "--saves", saves])
        #expect(during.output.contains("6 students.\n1 playing now: Ben Okafor."), "\(during.output)")
        let markdown = try CLIRunner.run(["report", "--saves", saves, "--format", "markdown"])
        #expect(markdown.output.contains("1 playing now: Ben Okafor."), "\(markdown.output)")
        let csv = try CLIRunner.run(["report", "--saves", saves, "--format", "csv"])
        #expect(!csv.output.contains("playing"), "a spreadsheet's columns stay as they were")
    }

    @Test func theTableFitsTheWidthAskedFor() throws {
        let report = try CLIRunner.run(["report", "--saves", Self.fixtures, "--width", "72"])
        let table = report.output.split(separator: "\n").prefix(8)
        #expect(table.allSatisfy { $0.count <= 72 }, "\(table)")
        #expect(report.output.contains("UTC"), "times say their zone")
    }

    @Test func pruneKeepsNamedSavesTheAutosaveAndTheFurthest() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try CLIRunner.run(["play", "--player", "Pia", "--saves", saves], input: "wear radio\nin\n")
        // One move each: a game left before its first move is not kept (session 36).
        for _ in 0..<5 { _ = try CLIRunner.run(["play", "--player", "Pia", "--saves", saves], input: "wait\n") }
        _ = try CLIRunner.run(["play", "--player", "Pia", "--saves", saves], input: "save mine\n")
        let before = try FileManager.default.contentsOfDirectory(atPath: saves + "/pia/elbe").filter { $0.hasSuffix(".save") }
        #expect(before.filter { $0.hasPrefix("earlier game") }.count == 6)
        let hint = try CLIRunner.run(["saves", "--saves", saves])
        #expect(hint.output.contains("(6 earlier games were kept by the game itself besides the autosave; 'elbe-adventure prune' keeps only the furthest and the newest.)"), "\(hint.output)")
        let prune = try CLIRunner.run(["prune", "--saves", saves])
        #expect(prune.status == 0)
        #expect(prune.output.contains("Pia: deleted 'earlier game"), "the student named as typed: \(prune.output)")
        let after = try FileManager.default.contentsOfDirectory(atPath: saves + "/pia/elbe").filter { $0.hasSuffix(".save") }
        #expect(after.contains("mine.save") && after.contains("autosave.save"))
        #expect(after.filter { $0.hasPrefix("earlier game") }.count == 4, "the furthest and the newest three: \(after)")
    }

    /// The third teacher: `saves` gave an autosave the time its game started, `report` its last move.
    @Test func theSavesListGivesAnAutosaveTheTimeOfItsLastMove() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try CLIRunner.run(["play", "--player", "Mo", "--saves", saves], input: "wear radio\nin\ntalk to ferris\n")
        let autosave = saves + "/mo/elbe/autosave.save"
        // A move appended after the snapshot, as the classroom server writes it while the game is open.
        let move = #"{"input":"wait","scene":"command-post","sceneTitle":"The Command Post","succeeded":true,"turns":4}"# + "\n"
        let handle = try #require(FileHandle(forWritingAtPath: autosave))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(move.utf8))
        try handle.close()
        let later = try #require(ISO8601DateFormatter().date(from: "2030-01-01T12:34:00Z"))
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: autosave)
        let listing = try CLIRunner.run(["saves", "--saves", saves])
        #expect(listing.output.contains("2030-01-0"), "the last move's time: \(listing.output)")
        let report = try CLIRunner.run(["report", "--saves", saves, "--format", "csv"])
        #expect(report.output.contains("2030-01-01T12:34"), "the same time as the report's: \(report.output)")
    }

    /// Session 38's teacher looked for `remove --dry-run`, as `prune` has it.
    @Test func removeDryRunSaysWhatWouldGoAndMovesNothing() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try CLIRunner.run(["play", "--player", "Typo Tim", "--saves", saves], input: "look\n")
        let dry = try CLIRunner.run(["remove", "--player", "typo tim", "--saves", saves, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.output.contains("Would remove Typo Tim from the class (1 save, 0 of 42 facts): their folder would move to \(saves)/.removed. Nothing was moved."), "\(dry.output)")
        #expect(FileManager.default.fileExists(atPath: saves + "/typo tim"))
        #expect(!FileManager.default.fileExists(atPath: saves + "/.removed"))
        let typo = try CLIRunner.run(["remove", "--player", "typo tom", "--saves", saves, "--dry-run"])
        #expect(typo.status == 1)
        #expect(typo.errors.contains("No student called \"typo tom\""), "\(typo.errors)")
    }

    /// The third teacher: 19 mistyped and test names in the class's figures, no way to take one out.
    @Test func removeTakesAMistypedNameOutOfTheClassButKeepsItsFolder() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try CLIRunner.run(["play", "--player", "Typo Tim", "--saves", saves], input: "look\n")
        _ = try CLIRunner.run(["play", "--player", "Anna", "--saves", saves], input: "wear radio\nin\n")
        let real = try CLIRunner.run(["remove", "--player", "anna", "--saves", saves])
        #expect(real.status == 1)
        #expect(real.errors.contains("Anna has found 1 of 42 facts: this looks like a real student. To remove them anyway, add --even-with-facts."), "\(real.errors)")
        let removed = try CLIRunner.run(["remove", "--player", "typo tim", "--saves", saves])
        #expect(removed.status == 0)
        #expect(removed.output.contains("Removed Typo Tim from the class (1 save, 0 of 42 facts): their folder is now \(saves)/.removed/typo tim "), "\(removed.output)")
        let report = try CLIRunner.run(["report", "--saves", saves])
        #expect(report.output.contains("1 student."), "\(report.output)")
        #expect(!report.output.lowercased().contains("typo tim"))
        // The message's own command puts the student back, found under their name (a blind teacher
        // moved the folder back as .removed had named it, session 34).
        let undo = try #require(removed.output.components(separatedBy: "To undo: ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", undo]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0, "\(undo)")
        #expect(try CLIRunner.run(["report", "--saves", saves]).output.contains("Typo Tim"))
        _ = try CLIRunner.run(["remove", "--player", "typo tim", "--saves", saves])
        let forced = try CLIRunner.run(["remove", "--player", "Anna", "--even-with-facts", "--saves", saves])
        #expect(forced.status == 0)
        let removedFolders = try FileManager.default.contentsOfDirectory(atPath: saves + "/.removed")
        #expect(removedFolders.count == 2, "both kept: \(removedFolders)")
    }

    @Test func aReadOnlySavesFolderStillLetsTheStudentPlay() throws {
        guard FileManager.default.fileExists(atPath: "/sys/kernel") || getuid() != 0 else { return }
        let folder = CLIRunner.temporaryFolder()
        chmod(folder, 0o500)
        defer { chmod(folder, 0o755) }
        let saves = access(folder, W_OK) == 0 ? "/sys/elbe-saves" : folder + "/Saves"
        let run = try CLIRunner.run(["play", "--player", "Rosa", "--saves", saves], input: "wear radio\n")
        #expect(run.status == 0)
        #expect(run.errors.contains("cannot be written to"), "\(run.errors)")
        #expect(run.errors.contains("You can play, but this game will not be saved."))
        #expect(run.output.contains("field radio"))
    }
}
