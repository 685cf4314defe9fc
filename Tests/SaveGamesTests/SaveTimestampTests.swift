import AdventureEngine
import Foundation
import SaveGames
import Testing

@Suite struct SaveTimestampTests {
    let folder = SaveTestSupport.temporaryFolder()

    /// A save records when it was made as Foundation's ISO 8601 formatter writes it in UTC, to the
    /// second: before 1970, around leap days and year ends, and with fractions of a second.
    @Test func savedAtIsTheISO8601TimeInUTC() throws {
        let store = SaveStore(saves: SavesFolder(path: folder), player: try PlayerName("Anna"), storyID: "save-test")
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let moments: [TimeInterval] = [0, -1, -0.5, 0.999, 951_782_400, 951_868_799.75, 1_709_164_800, 1_798_761_599,
                                       1_798_761_600, 1_796_000_000.123, -2_208_988_800, 253_402_300_799]
        for moment in moments {
            let date = Date(timeIntervalSince1970: moment)
            let file = try store.save(Game(story: SaveTestSupport.story), as: try SaveName("when"), stamp: SaveTestSupport.stamp, at: date)
            #expect(file.savedAt == formatter.string(from: date), "at \(moment)")
        }
    }
}
