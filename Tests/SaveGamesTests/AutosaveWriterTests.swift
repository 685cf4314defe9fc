import AdventureEngine
import Foundation
import SaveGames
import Testing

/// The autosave after every move: a line appended per move, a snapshot now and then, and a
/// restore that gives exactly the game in play.
@Suite struct AutosaveWriterTests {
    let folder = SaveTestSupport.temporaryFolder()
    var store: SaveStore { SaveStore(saves: SavesFolder(path: folder), player: try! PlayerName("Anna"), storyID: "save-test") }
    let restorer = SaveRestorer(story: SaveTestSupport.story, stamp: SaveTestSupport.stamp)

    func restored() throws -> Game {
        let file = try store.read(.autosave, storyID: "save-test")
        guard case .exact(let game) = try restorer.restore(file, path: "autosave") else {
            Issue.record("expected an exact restore")
            return Game(story: SaveTestSupport.story)
        }
        return game
    }

    @Test func anAppendedLineIsFlushedWhenTheGameEnds() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        writer.sync = DeferredSync(window: .seconds(3600))
        var game = Game(story: SaveTestSupport.story)
        try writer.write(game)
        #expect(!writer.sync.isPending(store.path(of: .autosave)), "a snapshot is on the disk before it replaces anything")
        _ = game.perform("n")
        try writer.write(game)
        #expect(try restored().state == game.state, "the line is in the file at once, so killing the game loses nothing")
        #expect(writer.sync.isPending(store.path(of: .autosave)), "the flush to disk comes a little later")
        writer.sync.flushNow()
        #expect(!writer.sync.isPending(store.path(of: .autosave)))
    }

    @Test func movesAreAppendedAndARestoreGivesTheGameInPlay() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        var game = Game(story: SaveTestSupport.story)
        try writer.write(game)
        let snapshotSize = try #require(try FileManager.default.attributesOfItem(atPath: store.path(of: .autosave))[.size] as? Int)
        for (index, command) in ["take green flare", "look", "n", "s", "drop green flare", "e", "w", "n"].enumerated() {
            _ = game.perform(command)
            if index != 1 { try writer.write(game) }
        }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: store.path(of: .autosave))[.size] as? Int)
        #expect(size - snapshotSize < 8 * 300, "about a line per move, not the whole game again")
        let back = try restored()
        #expect(back.state == game.state)
        #expect(back.log == game.log, "every command is in the log for a replay")
        let summary = try store.read(.autosave, storyID: "save-test").summary
        #expect(summary.scene == "leckwitz" && summary.turns == game.state.turns && summary.factsUnlocked == ["horseman"],
                "the list of saves shows the game as it is")
    }

    @Test func aLineCutShortByACrashLosesOnlyThatMove() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        var game = Game(story: SaveTestSupport.story)
        try writer.write(game)
        _ = game.perform("n")
        try writer.write(game)
        let afterOne = game.state
        _ = game.perform("s")
        try writer.write(game)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: store.path(of: .autosave)))
        try handle.truncate(atOffset: try handle.seekToEnd() - 10)
        try handle.close()
        #expect(try restored().state == afterOne)
        _ = game.perform("e")
        try writer.write(game)
        #expect(try restored().state == game.state, "the next save notices the cut and writes a snapshot")
    }

    @Test func aReplacedGameIsWrittenWhole() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        var game = Game(story: SaveTestSupport.story)
        _ = game.perform("n")
        try writer.write(game)
        var other = Game(story: SaveTestSupport.story)
        _ = other.perform("e")
        _ = other.perform("w")
        try writer.write(other)
        let text = try String(contentsOfFile: store.path(of: .autosave), encoding: .utf8)
        #expect(text.hasSuffix("\nend\n"), "a snapshot, no lines")
        #expect(try restored().state == other.state)
    }

    @Test func snapshotsComeOftenEnoughAndKeepABoundedUndoHistory() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        var game = Game(story: SaveTestSupport.story)
        var written = 0
        for index in 0..<400 {
            _ = game.perform(index % 2 == 0 ? "n" : "s")
            let before = (try? FileManager.default.attributesOfItem(atPath: store.path(of: .autosave))[.size] as? Int) ?? 0
            try writer.write(game)
            let after = (try FileManager.default.attributesOfItem(atPath: store.path(of: .autosave))[.size] as? Int) ?? 0
            written += after > before ? after - before : after
        }
        #expect(written / 400 < 1_500, "\(written / 400) bytes per move on average")
        var back = try restored()
        #expect(back.state == game.state)
        #expect(back.undoCount >= AutosaveWriter.undoStepsInFile, "undo still reaches back after a restore")
        for _ in 0..<AutosaveWriter.undoStepsInFile { _ = back.perform("undo"); _ = game.perform("undo") }
        #expect(back.state == game.state)
    }
}
