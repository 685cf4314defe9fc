import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which players' games are running, in any process: the locks held on their folders, read from
/// the kernel's list of file locks (/proc/locks) without taking any. The teacher's page showed only
/// the students playing through the server itself: a student in a terminal, or on a second server,
/// was never "playing now" (session 36's and session 38's blind teachers). Taking each lock for a
/// moment to test it could refuse a student starting at that instant, so none is taken.
extension PlayerLock {
    /// The folders among `folders` whose `.lock` some process holds; none where the list of
    /// locks cannot be read (another system).
    public static func heldFolders(_ folders: [String], locks: String? = nil) -> Set<String> {
        guard let text = locks ?? (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) else { return [] }
        let held = heldFiles(in: text)
        guard !held.isEmpty else { return [] }
        var found: Set<String> = []
        for folder in folders {
            var status = stat()
            guard lstat(folder + "/.lock", &status) == 0 else { continue }
            let device = UInt64(status.st_dev)
            // glibc's encoding of a device number: the major's low 12 bits at 8, its high bits at
            // 32; the minor's low 8 bits at 0, its high bits at 12.
            let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~UInt64(0xfff))
            let minor = (device & 0xff) | ((device >> 12) & ~UInt64(0xff))
            if held.contains(FileKey(major: major, minor: minor, inode: UInt64(status.st_ino))) { found.insert(folder) }
        }
        return found
    }

    struct FileKey: Hashable {
        var major: UInt64
        var minor: UInt64
        var inode: UInt64
    }

    /// The files an `flock` lock is held on: lines such as `3: FLOCK  ADVISORY  WRITE 4242 fd:00:16228176 0 EOF`
    /// (the device's major and minor in hexadecimal, the inode in decimal); a waiter's line (`->`) holds nothing.
    static func heldFiles(in text: String) -> Set<FileKey> {
        var files: Set<FileKey> = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK" else { continue }
            let parts = fields[5].split(separator: ":")
            guard parts.count == 3, let major = UInt64(parts[0], radix: 16), let minor = UInt64(parts[1], radix: 16),
                  let inode = UInt64(parts[2]) else { continue }
            files.insert(FileKey(major: major, minor: minor, inode: inode))
        }
        return files
    }
}
