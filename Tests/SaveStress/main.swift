import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler

// A helper process for the save tests: saves a game over and over, one more command each time.
//   SaveStress STORY SAVES PLAYER COUNT
// Save k (k = 0, 1, …) holds the game after the first k commands of `SaveStressScript.commands`.
let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[4]),
      let story = StoryCompiler.compile(path: arguments[1]).story,
      let player = try? PlayerName(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: SaveStress STORY SAVES PLAYER COUNT\n".utf8))
    exit(2)
}
let store = SaveStore(saves: SavesFolder(path: arguments[2]), player: player, storyID: story.metadata.id)
let stamp = StoryStamp(story: story, sourceTexts: [])
// As the game autosaves: a line appended per move, a snapshot now and then.
let writer = AutosaveWriter(store: store, stamp: stamp)
var game = Game(story: story)
let commands = ["take green flare", "n", "s", "drop green flare", "take all", "drop orders", "e", "w", "look", "wait"]
for k in 0..<count {
    if k > 0 { _ = game.perform(commands[(k - 1) % commands.count]) }
    do {
        try writer.write(game, at: Date(timeIntervalSince1970: 1_800_000_000))
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
    print(k)
}
