import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import StoryModel
import TestSupport

/// Shared pieces of the save tests.
enum SaveTestSupport {
    static let storySource = """
    story "Save Test" id save-test
    scene strehla "Strehla"
      The river.
      exit east to lorenzkirch
      exit north to leckwitz
      thing green-flare "green flare"
        here A green flare lies in the grass.
      thing orders "patrol orders"
        starts carried
    scene leckwitz "Leckwitz"
      exit south to strehla
      fact horseman
    scene lorenzkirch "Lorenzkirch"
      exit west to strehla
    fact horseman "The Horseman"
      A rider at Leckwitz.
    """

    /// The commands the SaveStress helper plays, in order.
    static let stressCommands = ["take green flare", "n", "s", "drop green flare", "take all", "drop orders", "e", "w", "look", "wait"]

    static let story: Story = {
        guard let story = StoryCompiler.compile(source: storySource).story else { preconditionFailure("test story") }
        return story
    }()

    static let stamp = StoryStamp(story: story, sourceTexts: [storySource])

    /// A new empty folder for one test.
    /// A game as a save of it reads (format 3, the newest 100 undo steps), as text.
    static func savedText(_ game: Game) throws -> String {
        let file = SaveFile(story: stamp, player: "Anna", name: "seen", savedAt: "2026-11-29T10:00:00Z",
                            summary: SaveSummary(game: game), game: game.snapshot(keepingUndo: SaveFile.undoStepsInFile))
        return String(decoding: try SaveCodec.encode(file), as: UTF8.self)
    }

    static func temporaryFolder() -> String {
        TestFolders.make("elbe-save-tests")
    }

    /// The game after the first `k` stress commands.
    static func stressGame(after k: Int) -> Game {
        var game = Game(story: story)
        for i in 0..<k { _ = game.perform(stressCommands[i % stressCommands.count]) }
        return game
    }

    /// Where the test helper executables are: beside the running test bundle.
    static var productsDirectory: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
    }

    /// Writes the test story to a file, for helper processes.
    static func storyFile(in folder: String) -> String {
        let path = folder + "/save-test.story"
        try? storySource.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
