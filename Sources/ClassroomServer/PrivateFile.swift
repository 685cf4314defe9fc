import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small file in the saves folder that only its owner may read (the teacher's code and logins):
/// read only when it is a regular file (never through a link), written whole with mode 600.
enum PrivateFile {
    /// The file's bytes, unless it is missing, a link, or larger than `limit`.
    static func read(_ path: String, limit: Int = 1_000_000) -> Data? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size < limit else { return nil }
        return FileManager.default.contents(atPath: path)
    }

    /// Writes the file through a temporary file and a rename, so it is never torn; a failure
    /// leaves the old file (the caller goes on without it).
    @discardableResult
    static func write(_ data: Data, to path: String) -> Bool {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return false }
        let written = data.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == data.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
