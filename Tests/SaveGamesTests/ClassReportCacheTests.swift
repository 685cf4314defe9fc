import AdventureEngine
import Foundation
import GameSession
import SaveGames
import StoryCompiler
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The teacher's live table reads the class through a `ClassReport.Cache`: a student's move is
/// read from that student's saves alone (a blind teacher timed the table 3.4–4.9 s behind a move
/// while the whole class was read again), and the report is the one read without the cache.
@Suite struct ClassReportCacheTests {
    let folder = SaveTestSupport.temporaryFolder()
    var saves: SavesFolder { SavesFolder(path: folder) }

    func slots(_ name: String) throws -> SaveSlots {
        let story = try #require(StoryCompiler.compile(source: SaveTestSupport.storySource).story)
        return try SaveSlots(saves: saves, player: try PlayerName(name), story: story, sourceTexts: [SaveTestSupport.storySource])
    }

    func game(_ commands: [String]) -> Game {
        var game = Game(story: SaveTestSupport.story)
        for command in commands { _ = game.perform(command) }
        return game
    }

    func turns(_ report: ClassReport, _ player: String) -> Int? {
        report.rows.first { $0.player == player }?.turns
    }

    @Test func theCachedReportFollowsEachMoveAndEachNewOrGoneStudent() throws {
        let cache = ClassReport.Cache()
        let anna = try slots("Anna")
        _ = anna.autosave(game(["n"]))
        let first = ClassReport(saves: saves, story: SaveTestSupport.story, cache: cache)
        #expect(turns(first, "Anna") == 1)

        _ = anna.autosave(game(["n", "s"]))
        let ben = try slots("Ben")
        _ = ben.autosave(game(["e"]))
        let second = ClassReport(saves: saves, story: SaveTestSupport.story, cache: cache)
        #expect(turns(second, "Anna") == 2, "Anna's move appended to her autosave is seen")
        #expect(turns(second, "Ben") == 1, "a new student is seen")
        #expect(second.rows == ClassReport(saves: saves, story: SaveTestSupport.story).rows, "the same rows as a report read whole")
        #expect(second.facts == ClassReport(saves: saves, story: SaveTestSupport.story).facts)

        try FileManager.default.removeItem(atPath: folder + "/ben")
        let third = ClassReport(saves: saves, story: SaveTestSupport.story, cache: cache)
        #expect(third.rows.map(\.player) == ["Anna"], "a student whose folder was removed is gone")
    }

    @Test func aStudentWhoseSavesDidNotChangeIsNotReadAgain() throws {
        let cache = ClassReport.Cache()
        _ = try slots("Anna").autosave(game(["n"]))
        let ben = try slots("Ben")
        _ = ben.autosave(game(["e", "w"]))
        _ = ClassReport(saves: saves, story: SaveTestSupport.story, cache: cache)

        // Ben's autosave made unreadable with its size, time and inode kept: read again, it
        // would be a problem; a report through the cache keeps his row as it was read.
        let path = ben.store.path(of: .autosave)
        var before = stat()
        #expect(lstat(path, &before) == 0)
        let size = Int(before.st_size)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: size))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW) == 0)

        let cached = ClassReport(saves: saves, story: SaveTestSupport.story, cache: cache)
        #expect(turns(cached, "Ben") == 2, "Ben was not read again")
        #expect(cached.problems.isEmpty)
        let whole = ClassReport(saves: saves, story: SaveTestSupport.story)
        #expect(whole.rows.first { $0.player.lowercased() == "ben" }?.unreadableSaves == 1, "read whole, the damage shows")
    }
}
