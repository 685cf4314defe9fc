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
        var generator = SplitMixGenerator(seed: 2026)
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

/// A small deterministic random number generator.
struct SplitMixGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
