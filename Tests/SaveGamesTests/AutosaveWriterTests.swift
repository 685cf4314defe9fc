import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import StoryModel
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
        writer.sync.flushNow()
        _ = game.perform("n")
        try writer.write(game)
        #expect(try restored().state == game.state, "the line is in the file at once, so killing the game loses nothing")
        #expect(writer.sync.isPending(store.path(of: .autosave)), "the flush to disk comes a little later")
        writer.sync.flushNow()
        #expect(!writer.sync.isPending(store.path(of: .autosave)))
    }

    /// A snapshot (a new game, an ending, the game after a restore) is whole in the file when
    /// `write` returns, so a kill right after the move's answer loses nothing; its flush to disk,
    /// the slow part, comes just after, off the move's path, or at once when the game ends.
    @Test func aSnapshotIsWholeAtOnceAndFlushedJustAfter() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        writer.sync = DeferredSync(window: .seconds(3600))
        var game = Game(story: SaveTestSupport.story)
        _ = game.perform("take green flare")
        try writer.write(game)
        let path = store.path(of: .autosave)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("\nend\n"), "a snapshot")
        #expect(try restored().state == game.state, "the whole game is in the file at once")
        #expect(writer.sync.isPending(path), "its flush to disk waits for the queue")
        writer.sync.flushNow()
        #expect(!writer.sync.isPending(path))

        var other = Game(story: SaveTestSupport.story)
        _ = other.perform("e")
        try writer.write(other)
        #expect(try restored().state == other.state, "a second snapshot soon after replaces the first whole")
        let backup = try store.readBackup(.autosave, storyID: "save-test")
        #expect(backup.allCommands == game.log, "the first is kept as the backup a cut-short file falls back to")
    }

    static let endingSource = """
    story "Owed" id save-test
    scene strehla "Strehla"
      The river.
      exit north to leckwitz
      on wave
        end linkup
    scene leckwitz "Leckwitz"
      exit south to strehla
      fact horseman
    fact horseman "The Horseman"
      A rider at Leckwitz.
    ending linkup "The Link-up" success
      Hands meet across the river.
    """

    /// The classroom server's way: a move due a snapshot (here, the ending) is a line in the file
    /// before the answer, and the snapshot comes after it. A kill in between loses nothing.
    @Test func aDeferredSnapshotLeavesTheMoveInTheFileFirst() throws {
        let story = try #require(StoryCompiler.compile(source: Self.endingSource).story)
        let stamp = StoryStamp(story: story, sourceTexts: [Self.endingSource])
        let writer = AutosaveWriter(store: store, stamp: stamp)
        writer.sync = DeferredSync(window: .seconds(3600))
        writer.defersSnapshots = true
        var game = Game(story: story)
        try writer.write(game)
        #expect(!writer.owesSnapshot, "a new game is written whole at once: there is no file to append to")
        _ = game.perform("n")
        _ = game.perform("s")
        try writer.write(game)
        _ = game.perform("wave")
        #expect(game.state.ending != nil, "the test story ends")
        let path = store.path(of: .autosave)
        let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber
        try writer.write(game)
        #expect(writer.owesSnapshot)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber == inode, "a line, not a new file")
        let killed = try store.read(.autosave, storyID: "save-test")
        guard case .exact(let back) = try SaveRestorer(story: story, stamp: stamp).restore(killed, path: path) else {
            Issue.record("expected an exact restore")
            return
        }
        #expect(back.state == game.state, "killed now, the save gives the ended game")
        #expect(killed.summary.ending == nil, "until the snapshot, the list of saves does not show the ending yet")

        try writer.writeOwedSnapshot(game)
        #expect(!writer.owesSnapshot)
        let whole = try store.read(.autosave, storyID: "save-test")
        #expect(whole.summary.ending == "linkup" && whole.movesAfterSnapshot.isEmpty, "the snapshot records the ending")
        #expect(whole.allCommands == game.log)
    }

    /// `undo` after an ending: the autosave no longer says the game ended, so the next start
    /// offers to continue it (it had been put aside as a finished game).
    @Test func anEndingTakenBackIsNoLongerInTheSave() throws {
        let story = try #require(StoryCompiler.compile(source: Self.endingSource).story)
        let stamp = StoryStamp(story: story, sourceTexts: [Self.endingSource])
        for defers in [false, true] {
            let writer = AutosaveWriter(store: store, stamp: stamp)
            writer.sync = DeferredSync(window: .seconds(3600))
            writer.defersSnapshots = defers
            var game = Game(story: story)
            try writer.write(game)
            _ = game.perform("wave")
            try writer.write(game)
            try writer.writeOwedSnapshot(game)
            #expect(try store.read(.autosave, storyID: "save-test").summary.ending == "linkup")
            _ = game.perform("undo")
            #expect(game.state.ending == nil)
            try writer.write(game)
            let file = try store.read(.autosave, storyID: "save-test")
            #expect(file.summary.ending == nil, "the ending was taken back (defers: \(defers))")
            #expect(file.allCommands == game.log)
            _ = game.perform("n")
            try writer.write(game)
            #expect(try store.read(.autosave, storyID: "save-test").summary.ending == nil, "and stays so after the next move")
            #expect(try restored(story: story, stamp: stamp).state == game.state)
        }
    }

    func restored(story: Story, stamp: StoryStamp) throws -> Game {
        let file = try store.read(.autosave, storyID: "save-test")
        guard case .exact(let game) = try SaveRestorer(story: story, stamp: stamp).restore(file, path: "autosave") else {
            Issue.record("expected an exact restore")
            return Game(story: story)
        }
        return game
    }

    /// The classroom server's way at the interval: the move a snapshot is due after (here the
    /// 257th) is a line in the file before the answer, like any other; killed before the
    /// snapshot that follows, the save gives the game in play, undo steps included.
    @Test func aSnapshotDueAtTheIntervalIsDeferredPastTheAnswer() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        writer.sync = DeferredSync(window: .seconds(3600))
        writer.defersSnapshots = true
        var game = Game(story: SaveTestSupport.story)
        try writer.write(game)
        let interval = 256 // moves between snapshots in a game this short (`AutosaveWriter.snapshotInterval`)
        for move in 1...interval + 1 {
            _ = game.perform(move % 2 == 1 ? "n" : "s")
            try writer.write(game)
            #expect(writer.owesSnapshot == (move > interval), "move \(move)")
        }
        let killed = try store.read(.autosave, storyID: "save-test")
        #expect(killed.movesAfterSnapshot.count == interval + 1, "every move since the new game is a line: no snapshot yet")
        var back = try restored()
        #expect(back.state == game.state, "killed now, the save gives the game in play")
        _ = back.perform("undo")
        var undone = game
        _ = undone.perform("undo")
        #expect(back.state == undone.state, "and undo takes back the same move")

        try writer.writeOwedSnapshot(game)
        #expect(!writer.owesSnapshot)
        let whole = try store.read(.autosave, storyID: "save-test")
        #expect(whole.movesAfterSnapshot.isEmpty && whole.allCommands == game.log, "the snapshot holds the whole game")
        #expect(try restored().state == game.state)
        _ = game.perform("n")
        try writer.write(game)
        let after = try store.read(.autosave, storyID: "save-test")
        #expect(!writer.owesSnapshot && after.movesAfterSnapshot.count == 1, "and lines follow it")
    }

    /// After a restore of the autosave itself (a student rejoining after a server restart), the
    /// next move is a line appended to it, not the whole game again; a file with a line cut short
    /// is written whole instead.
    @Test func theAutosaveAGameWasRestoredFromIsAppendedTo() throws {
        var game = Game(story: SaveTestSupport.story)
        let first = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        try first.write(game)
        for command in ["take green flare", "n"] {
            _ = game.perform(command)
            try first.write(game)
        }
        let path = store.path(of: .autosave)
        func inode() throws -> NSNumber? { try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber }
        let written = try inode()

        var restored = try restored()
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        writer.adopt(restored)
        _ = restored.perform("s")
        try writer.write(restored)
        #expect(try inode() == written, "the move was appended to the file it was restored from")
        #expect(try self.restored().state == restored.state)

        // A line cut short (a power cut): the file is not appended to, but written whole.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: try handle.seekToEnd() - 5)
        try handle.close()
        var cut = try self.restored()
        let again = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        again.adopt(cut)
        _ = cut.perform("e")
        try again.write(cut)
        #expect(try inode() != written, "written whole")
        #expect(try self.restored().state == cut.state)
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
