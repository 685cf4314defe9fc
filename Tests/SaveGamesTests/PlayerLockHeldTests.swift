import Foundation
import SaveGames
import Testing

/// "Playing now" for a student whose game runs in another process (a terminal, a second server):
/// their folder's lock, read from /proc/locks without taking it (session 38's blind teacher saw
/// two students playing in terminals while the page said "0 playing now").
@Suite struct PlayerLockHeldTests {
    @Test func aHeldLockIsFoundAndAReleasedOneIsNot() throws {
        let saves = SavesFolder(path: SaveTestSupport.temporaryFolder())
        let anna = try saves.ensureFolder(for: try PlayerName("Anna"))
        let ben = try saves.ensureFolder(for: try PlayerName("Ben"))
        var lock: PlayerLock? = try PlayerLock(folder: anna, player: "Anna")
        _ = try PlayerLock(folder: ben, player: "Ben")  // taken and released at once
        guard FileManager.default.isReadableFile(atPath: "/proc/locks") else { return }
        #expect(PlayerLock.heldFolders([anna, ben]) == [anna])
        _ = lock
        lock = nil
        #expect(PlayerLock.heldFolders([anna, ben]).isEmpty)
    }

    @Test func aListOfLocksIsRead() throws {
        let folder = try SavesFolder(path: SaveTestSupport.temporaryFolder()).ensureFolder(for: try PlayerName("Cem"))
        FileManager.default.createFile(atPath: folder + "/.lock", contents: nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/.lock")
        let inode = try #require(attributes[.systemFileNumber] as? UInt64)
        let device = try #require(attributes[.systemNumber] as? UInt64)
        let major = String(((device >> 8) & 0xfff) | ((device >> 32) & ~UInt64(0xfff)), radix: 16)
        let minor = String((device & 0xff) | ((device >> 12) & ~UInt64(0xff)), radix: 16)
        let held = "1: FLOCK  ADVISORY  WRITE 4242 \(major):\(minor):\(inode) 0 EOF\n2: POSIX  ADVISORY  WRITE 77 00:01:5 0 EOF\n"
        #expect(PlayerLock.heldFolders([folder], locks: held) == [folder])
        // A process waiting for the lock holds nothing.
        let waiting = "1: -> FLOCK  ADVISORY  WRITE 4242 \(major):\(minor):\(inode) 0 EOF\n"
        #expect(PlayerLock.heldFolders([folder], locks: waiting).isEmpty)
        #expect(PlayerLock.heldFolders([folder], locks: "").isEmpty)
    }
}
