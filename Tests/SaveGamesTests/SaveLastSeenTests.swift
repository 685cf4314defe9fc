import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import StoryModel
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

    /// Eight things over four places, to remember and forget more than the save test's story.
    static let roomy: Story = {
        let source = """
        story "Roomy" id roomy
        scene a "A"
          Room A.
          exit east to b
          thing lamp "lamp"
          thing rope "rope"
        scene b "B"
          Room B.
          exit west to a
          exit east to c
          thing key "key"
          thing map "map"
          thing cup "cup"
        scene c "C"
          Room C.
          exit west to b
          exit north to d
          thing box "box"
        scene d "D"
          Room D.
          exit south to c
          thing coin "coin"
          thing hat "hat"
        """
        guard let story = StoryCompiler.compile(source: source).story else { preconditionFailure("test story") }
        return story
    }()

    /// Where a state remembers each thing.
    static func memory(of state: GameState, in story: Story) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: story.things.indices.compactMap { thing in state.lastSeen(thing).map { (thing, $0) } })
    }

    @Test func everyUndoStepsMemoryIsWrittenAsTheFormatHasItAndComesBack() throws {
        var game = Game(story: Self.roomy)
        for command in ["take lamp", "e", "drop lamp", "take key", "e", "drop key", "n", "take coin", "take hat", "s", "drop all",
                        "w", "take cup", "w", "drop cup", "take rope", "e", "e", "n", "drop rope", "s", "w", "w", "look"] {
            _ = game.perform(command)
        }
        // Each undo step's memory, oldest first, found by undoing a copy of the game.
        var copy = game
        var memories: [[Int: Int]] = []
        for _ in 0..<game.undoCount {
            _ = copy.perform("undo")
            memories.insert(Self.memory(of: copy.state, in: Self.roomy), at: 0)
        }
        // The format: what differs from the core line before (the game's own, for the oldest
        // step), or the whole memory when more than half of it differs or there was none before.
        var previous = Self.memory(of: game.state, in: Self.roomy)
        var expected: [String] = []
        for memory in memories {
            let changed = Set(previous.keys).union(memory.keys).filter { previous[$0] != memory[$0] }.sorted()
            if memory.isEmpty {
                expected.append("")
            } else if previous.isEmpty || changed.count * 2 > memory.count {
                expected.append(" seen=" + memory.keys.sorted().map { "\($0):\(memory[$0] ?? 0)" }.joined(separator: ","))
            } else {
                expected.append(" seenChanged=" + changed.map { "\($0):\(memory[$0].map(String.init) ?? "-")" }.joined(separator: ","))
            }
            previous = memory
        }
        #expect(expected.contains { $0.hasPrefix(" seen=") } && expected.contains { $0.hasPrefix(" seenChanged=") })
        let text = try SaveTestSupport.savedText(game)
        let written = text.split(separator: "\n").filter { $0.hasPrefix("core ") }.dropFirst().map { line -> String in
            guard let field = line.range(of: " seen") else { return "" }
            return " " + line[field.lowerBound...].dropFirst().prefix { $0 != " " }
        }
        #expect(written == expected)
        // Read back, every undo brings back the memory the game had then.
        let read = try SaveCodec.decode(Data(text.utf8), path: "roomy.save", storyID: nil)
        var restored = try #require(Game(story: Self.roomy, snapshot: read.snapshot))
        var original = game
        for _ in 0..<game.undoCount {
            _ = restored.perform("undo")
            _ = original.perform("undo")
            #expect(restored.state == original.state)
        }
    }
}
