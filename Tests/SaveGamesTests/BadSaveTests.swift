import AdventureEngine
import Foundation
import SaveGames
import Testing

/// Corrupt, truncated, foreign and future files are reported with their path and reason, and
/// left exactly as they were.
@Suite struct BadSaveTests {
    let folder = SaveTestSupport.temporaryFolder()

    func goodSave() throws -> Data {
        let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "x", savedAt: "2027-01-01T00:00:00Z",
                            summary: SaveSummary(game: Game(story: SaveTestSupport.story)), game: Game(story: SaveTestSupport.story).snapshot)
        return try SaveCodec.encode(file)
    }

    func check(_ data: Data, expecting expected: (SaveError) -> Bool) throws {
        let path = folder + "/bad.save"
        try data.write(to: URL(fileURLWithPath: path))
        do {
            _ = try SaveCodec.read(path: path, storyID: "save-test")
            Issue.record("a bad save was accepted")
        } catch let error as SaveError {
            #expect(expected(error), "\(error)")
            #expect("\(error)".contains(path))
        }
        #expect(FileManager.default.contents(atPath: path) == data, "the file was changed")
    }

    @Test func emptyFile() throws {
        try check(Data()) { if case .unreadable(_, let reason) = $0 { reason.contains("empty") } else { false } }
    }

    @Test func truncatedFile() throws {
        let good = try goodSave()
        for length in [1, 10, good.count / 2, good.count - 3] {
            try check(good.prefix(length)) { if case .unreadable = $0 { true } else { false } }
        }
    }

    @Test func randomBytes() throws {
        try check(Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7919) })) { if case .unreadable = $0 { true } else { false } }
    }

    @Test func someOtherJSON() throws {
        try check(Data("{\"hello\": [1, 2]}".utf8)) { if case .unreadable(_, let reason) = $0 { reason.contains("not an elbe-adventure") } else { false } }
    }

    @Test func editedFieldOfTheWrongKind() throws {
        let text = String(decoding: try goodSave(), as: UTF8.self).replacingOccurrences(of: "\"turns\" : 0", with: "\"turns\" : \"many\"")
        try check(Data(text.utf8)) { if case .unreadable(_, let reason) = $0 { reason.contains("wrong kind") } else { false } }
    }

    @Test func anotherStorysSaveIsRefusedByName() throws {
        let text = String(decoding: try goodSave(), as: UTF8.self).replacingOccurrences(of: "\"id\" : \"save-test\"", with: "\"id\" : \"other-story\"")
        try check(Data(text.utf8)) { $0 == .foreignStory(path: folder + "/bad.save", storyID: "other-story", expected: "save-test") }
    }

    @Test func aNewerFormatAsksForAnUpgrade() throws {
        let text = String(decoding: try goodSave(), as: UTF8.self).replacingOccurrences(of: "\"formatVersion\" : \(SaveFile.currentVersion)", with: "\"formatVersion\" : 99")
        try check(Data(text.utf8)) { error in
            guard case .newerFormat(_, 99, SaveFile.currentVersion) = error else { return false }
            return "\(error)".contains("update elbe-adventure")
        }
    }

    @Test func aDamagedGameLineIsReportedWithItsLine() throws {
        let text = String(decoding: try goodSave(), as: UTF8.self)
        for (from, to) in [("places ", "places x "), ("core scene=0", "core scene=zero"), ("core scene=0", "core scene=0 colour=red"),
                           ("\nundo 0\n", "\nundo 5\n"), ("\nflags 0", "\nflags 0 -3"), ("\nvisited 64", "\nvisited -64"), ("\nend\n", "\n"), ("commands 0", "commands 3")] {
            try check(Data(text.replacingOccurrences(of: from, with: to).utf8)) { error in
                guard case .unreadable(_, let reason) = error else { return false }
                return reason.contains("damaged (line ")
            }
        }
    }

    @Test func aStateThatDoesNotFitTheStoryIsRefused() throws {
        var text = String(decoding: try goodSave(), as: UTF8.self)
        text = text.replacingOccurrences(of: "core scene=0", with: "core scene=99")
        let file = try SaveCodec.decode(Data(text.utf8), path: "edited.save", storyID: "save-test")
        let restorer = SaveRestorer(story: SaveTestSupport.story, stamp: SaveTestSupport.stamp)
        #expect(throws: SaveError.doesNotFit("edited.save")) { try restorer.restore(file, path: "edited.save") }
    }
}
