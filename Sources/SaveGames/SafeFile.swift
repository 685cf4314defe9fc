import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// File checks that never follow a symbolic link, and moves that never replace a file.
enum SafeFile {
    /// What is at a path, without following a symbolic link.
    enum Kind { case none, file, folder, symbolicLink, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// True when something is at the path, a symbolic link included (even a dangling one).
    static func exists(_ path: String) -> Bool { kind(path) != .none }

    static func isSymbolicLink(_ path: String) -> Bool { kind(path) == .symbolicLink }

    /// The size of a file in bytes, or nil.
    static func size(_ path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Moves a file to `target`, or to `target-2`, `target-3`, … when that is taken; never
    /// replaces anything. Returns the new path, or nil when the file could not be moved.
    static func moveWithoutReplacing(_ path: String, toUniqueNameLike target: String) -> String? {
        for attempt in 1...100_000 {
            let candidate = attempt == 1 ? target : target + "-\(attempt)"
            if link(path, candidate) == 0 {
                unlink(path)
                return candidate
            }
            if errno != EEXIST { return nil }
        }
        return nil
    }
}
