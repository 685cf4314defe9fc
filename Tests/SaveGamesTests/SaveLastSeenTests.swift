import AdventureEngine
import Foundation
import SaveGames
import Testing

/// Where things were last seen (`where is the flare`) in a save: written whole once, and in each
/// undo step only as what changed from the core before it (`seenChanged=`), so a save of a big
/// world does not hold the memory a hundred times over.
@Suite struct SaveLastSeenTests {
    var restorer: SaveRestorer { SaveRestorer(story: SaveTestSupport.story, stamp: SaveTestSupport.stamp) }

    /// The flare and the orders seen in Strehla and Lorenzkirch, moved and seen again.
    static func playedGame() -> Game {
        var game = Game(story: SaveTestSupport.story)
        for command in ["take green flare", "e", "drop orders", "w", "drop green flare", "n", "s", "take green flare", "e", "take orders", "w", "look"] {
            _ = game.perform(command)
        }
        return game
    }

    @Test func undoStepsKeepOnlyWhatTheMemoryChangedAndRestoreExactly() throws {
        let game = Self.playedGame()
        #expect(game.state.lastSeen(0) != nil, "the test game remembers where it saw the flare")
        let text = try SaveTestSupport.savedText(game)
        let coreLines = text.split(separator: "\n").filter { $0.hasPrefix("core ") }
        #expect(coreLines.first?.contains(" seen=") == true, "the game's own core has the whole memory")
        #expect(coreLines.dropFirst().contains { $0.contains(" seenChanged=") }, "the undo steps have only the changes")
        let read = try SaveCodec.decode(Data(text.utf8), path: "seen.save", storyID: "save-test")
        guard case .exact(var restored) = try restorer.restore(read, path: "seen.save") else {
            Issue.record("expected an exact restore")
            return
        }
        #expect(restored.snapshot(keepingUndo: SaveFile.undoStepsInFile) == game.snapshot(keepingUndo: SaveFile.undoStepsInFile))
        // Undo all the way back: every step's memory is the one the game had then.
        var original = game
        for _ in 0..<10 {
            _ = restored.perform("undo")
            _ = original.perform("undo")
            #expect(restored.state == original.state)
        }
    }

    @Test func aChangedMemoryWithNoCoreBeforeItIsRefusedAsDamaged() throws {
        let text = try SaveTestSupport.savedText(Self.playedGame())
        let damaged = text.replacingOccurrences(of: "\ncore scene=", with: "\ncore seenChanged=0:1 scene=", options: [], range: text.range(of: "\ncore scene="))
        #expect(damaged != text)
        #expect(throws: SaveError.self) { try SaveCodec.decode(Data(damaged.utf8), path: "seen.save", storyID: "save-test") }
    }

    @Test func anUndoStepRememberingAThingTheStoryLacksIsRefused() throws {
        let text = try SaveTestSupport.savedText(Self.playedGame())
        let damaged = text.replacingOccurrences(of: " seenChanged=", with: " seenChanged=7:0,")
        #expect(damaged != text)
        let read = try SaveCodec.decode(Data(damaged.utf8), path: "seen.save", storyID: "save-test")
        #expect(throws: SaveError.self, "undo would otherwise bring back a thing the story does not have") {
            try restorer.restore(read, path: "seen.save")
        }
    }
}
