import AdventureEngine
import Foundation
import StoryCompiler
import Testing

/// Inputs the fuzz targets found that crashed or hung the game (docs/robustness.md), played again.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Found by the `turns` target: a line with many words read as possessives of a person in
    /// sight (`talk to ferris o ferris r to ferris …` between junk bytes, six times "ferris") tried
    /// every order of reading them, and the game hung on it (12 s under the fuzzer, 21 s in a
    /// debug build; twelve did not finish). Every line now gets its reply at once.
    /// Found by the `commands` target in session 34's CI: a walkthrough of the Elbe story with a
    /// line whose words all fell away crashed reading it as an interjection (`words[0]` of none).
    /// Kept in `Fuzz/commands/regressions`, not the seed corpus: the `turns` target makes a
    /// starting point of every line of every seed, at most 256, and its 200 lines went past.
    @Test func aLineOfNoWordsIsNoInterjection() throws {
        let story = try #require(StoryCompiler.compile(path: Self.root + "/Stories/elbe.story").story)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.root + "/Fuzz/commands/regressions/crash-empty-interjection"))
        var game = Game(story: story)
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
            _ = game.perform(String(line))
        }
        #expect(game.state.turns > 0)
    }

    @Test func aLineWithManyPossessivesIsAnswered() throws {
        let story = try #require(StoryCompiler.compile(path: Self.root + "/Stories/elbe.story").story)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.root + "/Fuzz/turns/corpus/hang-many-possessives"))
        #expect(bytes.first == 0)  // the first starting point: the Elbe story's opening
        var game = Game(story: story)
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
            let turn = game.perform(String(line))
            #expect(!turn.outputs.isEmpty, "no reply to \(line.debugDescription)")
        }
        let longer = "talk to " + Array(repeating: "ferris o ferris r to", count: 6).joined(separator: " ") + " ferris"
        #expect(!game.perform(longer).outputs.isEmpty)
    }

    /// Found by the `turns` target in CI: the same for words read as possessives of a person who
    /// is not here (`t ferris ferris ferris …` from the opening, Ferris being in the mill office):
    /// eight of them took 33 s in a debug build, and the fuzzer's 10-second limit failed CI.
    @Test func aLineWithManyPossessivesOfSomeoneElsewhereIsAnswered() throws {
        let story = try #require(StoryCompiler.compile(path: Self.root + "/Stories/elbe.story").story)
        var game = Game(story: story)
        for count in [8, 12, 20] {
            let line = "t " + Array(repeating: "ferris", count: count).joined(separator: " ") + " p"
            #expect(!game.perform(line).outputs.isEmpty, "no reply to \(line)")
        }
    }
}
