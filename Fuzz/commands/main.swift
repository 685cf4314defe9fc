// Fuzz target: the command parser and the engine on arbitrary command lines. The first byte
// chooses the story (even: the Elbe story; odd: the ferry example, which uses every construct);
// the rest is split into lines, each played as a command in one game.
import AdventureEngine
import StoryCompiler
import StoryModel

/// The two stories, compiled once; run from the repository's root.
nonisolated(unsafe) let openings: [Game] = ["Stories/elbe.story", "Stories/examples/ferry.story"].map { path in
    guard let story = StoryCompiler.compile(path: path).story else { fatalError("fuzz: cannot compile \(path); run from the repository root") }
    return Game(story: story)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    var game = openings[Int(data[0]) % openings.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
        _ = game.perform(String(line))
    }
    _ = game.engine.journalEntries(game.state)
    return 0
}
