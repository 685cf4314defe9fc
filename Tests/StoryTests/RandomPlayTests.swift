import AdventureEngine
import CommandParser
import Testing
import TestSupport

/// Random play on the flagship story: hundreds of commands made of the story's own words and
/// junk never crash the engine, and undo takes every one of them back exactly.
@Suite struct RandomPlayTests {
    @Test func randomCommandsThenUndoEverything() throws {
        let (story, _) = try ElbeStoryTests.compile()
        var (game, _) = Game.start(story: story)
        let start = game.state
        let vocabulary = Array(game.engine.parser.vocabulary.known).sorted()
        let extras = ["", "   ", "then", "...", "it", "all", "1", "2", "yes", "again", "xyzzy", "ёлка", "take all then drop all"]
        var generator = SplitMix(seed: 2026)
        var played = 0
        for _ in 0..<400 {
            let count = Int(generator.next() % 5)
            let words = (0...count).map { _ in
                generator.next() % 7 == 0 ? extras[Int(generator.next() % UInt64(extras.count))]
                    : vocabulary[Int(generator.next() % UInt64(vocabulary.count))]
            }
            let input = words.joined(separator: " ")
            guard !["quit", "q", "restart", "undo", "save", "restore", "load"].contains(words.first ?? "") else { continue }
            _ = game.perform(input)
            played += 1
        }
        #expect(played > 300)
        while game.undoCount > 0 { _ = game.perform("undo") }
        #expect(game.state == start, "undoing every move returns to the very start")
    }
}
