import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The save files this process wrote, each with what `lstat` said of it just after and a
/// fingerprint of its bytes, so that a save over one of them need not decode it to know it is a
/// readable save.
///
/// `SaveStore.save` keeps a previous save that cannot be read aside instead of making it the
/// backup, and finding that out by decoding is a whole restore's work (about 0.7 ms at 1,000
/// rooms), in every `save` over an existing name and every "before restoring" save. A file that
/// is still the one this process wrote (the same device, inode, size and change time) and still
/// has the bytes it wrote (read again and fingerprinted: a change made within one tick of the
/// file system's clock keeps the change time) is that save, which reads.
enum WrittenSaves {
    private struct Identity: Equatable {
        /// `fingerprint` of the bytes written.
        var bytes: UInt64 = 0
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var changedSeconds: Int
        var changedNanoseconds: Int

        init?(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            changedSeconds = Int(info.st_ctim.tv_sec)
            changedNanoseconds = Int(info.st_ctim.tv_nsec)
        }
    }

    private static let known = Known()

    private final class Known: @unchecked Sendable {
        let lock = NSLock()
        var identities: [String: Identity] = [:]
    }

    /// Notes that this process has just written `data`, a readable save, at `path`.
    static func note(_ path: String, data: some ContiguousBytes) {
        var identity = Identity(path)
        identity?.bytes = fingerprint(data)
        known.lock.lock()
        defer { known.lock.unlock() }
        known.identities[path] = identity
    }

    /// True when the file at `path` is one this process wrote and nothing has changed it since.
    static func isUnchanged(_ path: String) -> Bool {
        known.lock.lock()
        let noted = known.identities[path]
        known.lock.unlock()
        guard let noted, var now = Identity(path), now.size == noted.size else { return false }
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        now.bytes = fingerprint(data)
        return noted == now
    }

    /// A 64-bit fingerprint of some bytes (FNV-1a over eight bytes at a time): not a defence
    /// against a crafted file, which gains nothing by being taken for a save that reads, but a
    /// change of any byte changes it but by chance.
    static func fingerprint(_ data: some ContiguousBytes) -> UInt64 {
        data.withUnsafeBytes { buffer in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            let prime: UInt64 = 0x0000_0100_0000_01b3
            var index = 0
            while index + 8 <= buffer.count {
                hash = (hash ^ buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* prime
                hash ^= hash >> 29
                index += 8
            }
            while index < buffer.count {
                hash = (hash ^ UInt64(buffer[index])) &* prime
                index += 1
            }
            return hash ^ UInt64(buffer.count)
        }
    }
}
