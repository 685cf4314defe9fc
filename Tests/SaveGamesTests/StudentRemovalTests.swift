import Foundation
import Testing
@testable import SaveGames

/// `elbe-adventure remove`: a mistyped or test name taken out of the class, nothing deleted.
struct StudentRemovalTests {
    let saves = SavesFolder(path: SaveTestSupport.temporaryFolder())

    func makeStudent(_ name: String) throws -> PlayerName {
        let player = try PlayerName(name)
        let folder = try saves.ensureFolder(for: player)
        try Data("a save".utf8).write(to: URL(fileURLWithPath: folder + "/autosave.save"))
        return player
    }

    @Test func aRemovedStudentsFolderIsKeptUnderRemovedAndNoLongerListed() throws {
        let tim = try makeStudent("Typo Tim")
        _ = try makeStudent("Anna")
        let moved = try saves.remove(tim, storyID: "elbe", now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(moved == saves.path + "/.removed/typo tim 2027-01-15 08-00-00")
        #expect(FileManager.default.fileExists(atPath: moved + "/autosave.save"), "nothing deleted")
        #expect(FileSystemListing.playerFolders(in: saves) == ["anna"], "the class no longer lists the name")
        // The same name again, removed in the same second: a folder of its own.
        let again = try makeStudent("Typo Tim")
        let second = try saves.remove(again, storyID: "elbe", now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(second == moved + " 2")
    }

    @Test func aStudentPlayingNowIsNotRemoved() throws {
        let anna = try makeStudent("Anna")
        let lock = try PlayerLock(folder: saves.folder(for: anna), player: "Anna")
        #expect(throws: SavesFolder.RemovalError.playingNow("Anna")) { try saves.remove(anna, storyID: "elbe") }
        #expect(FileSystemListing.playerFolders(in: saves) == ["anna"], "left where it was")
        withExtendedLifetime(lock) {}
    }

    @Test func aNameWithNoFolderSuggestsTheClosest() throws {
        _ = try makeStudent("María José")
        let typed = try PlayerName("maria jose")
        #expect(throws: SavesFolder.RemovalError.noSuchStudent("maria jose", similar: ["maría josé"])) {
            try saves.remove(typed, storyID: "elbe")
        }
    }
}
