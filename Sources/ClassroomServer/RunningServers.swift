import Foundation
import SaveGames

/// The classroom servers running on one saves folder. Each `serve` keeps a small file with its
/// address under the folder's `.servers`, locked for as long as it runs, so that a second `serve`
/// on the same folder can say where the first one is (session 34's teacher started two on one
/// class without a word, and the students split between two addresses). A server stopped by
/// `kill -9` leaves its file unlocked: the next look skips it and deletes it.
public enum RunningServers {
    /// What one running server holds: its file, locked until `end()` or the process's exit.
    public final class Registration: @unchecked Sendable {
        private let path: String
        private var descriptor: Int32

        fileprivate init(path: String, descriptor: Int32) {
            self.path = path
            self.descriptor = descriptor
        }

        /// Deletes the file and lets its lock go (the server has stopped).
        public func end() {
            guard descriptor >= 0 else { return }
            unlink(path)
            close(descriptor)
            descriptor = -1
        }

        deinit { end() }
    }

    /// The addresses of the other servers running on `saves` now, oldest file name first.
    public static func others(in saves: SavesFolder) -> [String] {
        let folder = saves.path + "/.servers"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".address") }.sorted()
        return names.compactMap { name in
            let path = folder + "/" + name
            let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            // A lock we can take is a server that is gone: its file is left from a crash.
            if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
                unlink(path)
                return nil
            }
            var bytes = [UInt8](repeating: 0, count: 512)
            let count = read(descriptor, &bytes, bytes.count)
            guard count > 0 else { return nil }
            let address = String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return address.isEmpty ? nil : address
        }
    }

    /// Records that this process serves `saves` at `address`; nil when the folder cannot hold the
    /// file (the server runs all the same: the note is a courtesy, not a lock on the class).
    public static func register(address: String, in saves: SavesFolder) -> Registration? {
        let folder = saves.path + "/.servers"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = folder + "/\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // Locked and written under a name `others` does not read, then renamed: a server that
        // looks at this moment never finds the file unlocked and takes it for a crashed one.
        let descriptor = open(name + ".new", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        let bytes = Array((address + "\n").utf8)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0,
              bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count,
              rename(name + ".new", name + ".address") == 0 else {
            close(descriptor)
            unlink(name + ".new")
            return nil
        }
        return Registration(path: name + ".address", descriptor: descriptor)
    }
}
