// Fuzz target: the command parser and the engine, a few command lines at a time, from many points
// of play. At start-up every seed of the `commands` target (Fuzz/commands/corpus: the Elbe
// walkthroughs, a ferry tour, junk) is played once, as that target plays it, and the game before
// its first line and after each line is kept: about 200 points from the opening to the endings,
// each with its undo history. The first byte of an input chooses one of them; the rest is up to
// eight command lines played on a copy of that game, then the journal. `commands` plays up to 200
// lines from the opening, 30 times slower per input; this target reaches the same depths at once.
import AdventureEngine
import Foundation
import StoryCompiler
import StoryModel

/// The games to start from, built once; run from the repository's root.
nonisolated(unsafe) let startingPoints: [Game] = {
    let openings: [Game] = ["Stories/elbe.story", "Stories/examples/ferry.story"].map { path in
        guard let story = StoryCompiler.compile(path: path).story else { fatalError("fuzz: cannot compile \(path); run from the repository root") }
        return Game(story: story)
    }
    var points = openings
    let folder = "Fuzz/commands/corpus"
    guard let seeds = try? FileManager.default.contentsOfDirectory(atPath: folder).sorted() else { fatalError("fuzz: cannot read \(folder)") }
    for seed in seeds {
        guard let bytes = FileManager.default.contents(atPath: folder + "/" + seed), let choice = bytes.first else { continue }
        var game = openings[Int(choice) % openings.count]
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
            _ = game.perform(String(line))
            points.append(game)
        }
    }
    guard points.count <= 256 else { fatalError("fuzz: \(points.count) starting points; one byte chooses at most 256") }
    return points
}()

/// Lines played per input: a short sequence keeps an execution near a millisecond.
let linesPerInput = 8

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    var game = startingPoints[Int(data[0]) % startingPoints.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(linesPerInput) {
        _ = game.perform(String(line))
    }
    _ = game.engine.journalEntries(game.state)
    return 0
}
