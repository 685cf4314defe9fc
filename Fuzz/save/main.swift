// Fuzz target: the save loader on arbitrary files. A file is decoded and checked; when it is
// accepted it is restored on the Elbe story (exactly, or by replaying its commands), and the
// game it gives must be playable.
import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import StoryModel

nonisolated(unsafe) let story: Story = {
    guard let story = StoryCompiler.compile(path: "Stories/elbe.story").story else { fatalError("fuzz: run from the repository root") }
    return story
}()
// One engine for every input, as a restore during play shares the game's.
nonisolated(unsafe) let restorer = SaveRestorer(engine: Engine(story: story), stamp: SaveRestorer(story: story).stamp)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let file = try? SaveCodec.decode(bytes, path: "fuzz.save", storyID: nil), file.commands.count <= 2_000 else { return 0 }
    _ = file.summary.progressText
    guard let outcome = try? restorer.restore(file, path: "fuzz.save") else { return 0 }
    var game: Game
    switch outcome {
    case .exact(let restored), .replayed(let restored, _, _): game = restored
    }
    _ = game.perform("look")
    _ = game.perform("undo")
    _ = SaveSummary(game: game)
    return 0
}
