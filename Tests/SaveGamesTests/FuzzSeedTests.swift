import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import Testing

/// The save fuzzer's seed corpus (Fuzz/save/corpus): every seed loads or is refused with a
/// message, and the seeds of the current format restore exactly on the Elbe story.
@Suite struct FuzzSeedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func everySeedLoadsOrIsRefusedWithAMessage() throws {
        let story = try #require(StoryCompiler.compile(path: Self.root + "/Stories/elbe.story").story)
        let restorer = SaveRestorer(story: story, stamp: StoryStamp(story: story, sourceTexts: []))
        let folder = Self.root + "/Fuzz/save/corpus"
        let seeds = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(seeds.contains("format-3.save") && seeds.contains("format-3-autosave-with-moves.save"))
        for seed in seeds {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + seed))
            do {
                let file = try SaveCodec.decode(data, path: seed, storyID: nil)
                if seed.hasPrefix("format-3") {
                    #expect(file.formatVersion == 3)
                    guard case .exact(let game) = try restorer.restore(file, path: seed) else {
                        Issue.record("\(seed) was not restored exactly")
                        continue
                    }
                    #expect(game.log == file.allCommands, "\(seed)")
                }
            } catch let error as SaveError {
                #expect(!"\(error)".isEmpty)
                #expect(!seed.hasPrefix("format-3"), "\(seed): \(error)")
            }
        }
    }
}
