import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler
import StoryModel
import Testing

/// A student who reached an ending and then went further in a new game keeps the ending in the
/// report (a blind teacher's report showed "-" for Kim's "Red over the River", session 34).
struct ReportEndingTests {
    static let source = """
    story "Ending Test" id ending-test
    scene strehla "Strehla"
      The river.
      exit north to leckwitz
      on wave
        You wave, and go home.
        end waved
    scene leckwitz "Leckwitz"
      exit south to strehla
      fact horseman
    fact horseman "The Horseman"
      A rider at Leckwitz.
    ending waved "Waved Goodbye" failure
      You went home.
    """

    @Test func anEndingReachedInAnEarlierGameIsShown() throws {
        let story = try #require(StoryCompiler.compile(source: Self.source).story)
        let stamp = StoryStamp(story: story, sourceTexts: [Self.source])
        let saves = SavesFolder(path: SaveTestSupport.temporaryFolder())
        let store = SaveStore(saves: saves, player: try PlayerName("Kim"), storyID: "ending-test")
        _ = try saves.ensureFolder(for: try PlayerName("Kim"))
        var ended = Game(story: story)
        _ = ended.perform("wave")
        _ = try store.save(ended, as: try SaveName("finished game"), stamp: stamp, at: Date(timeIntervalSince1970: 1_800_000_000))
        var further = Game(story: story)
        _ = further.perform("north")
        _ = try store.save(further, as: .autosave, stamp: stamp, at: Date(timeIntervalSince1970: 1_800_000_600))
        let row = try #require(ClassReport(saves: saves, story: story, stamp: stamp).rows.first)
        #expect(row.factsUnlocked == 1, "the furthest game is the new one")
        #expect(row.ending == "Waved Goodbye (an earlier game)")
    }
}
