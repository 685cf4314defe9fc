import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a crash or power cut at any moment leaves either the old or the new
/// content, never a torn file, and keeps the previous version as a backup.
enum DurableFile {
    /// Replaces the file at `path` with `data`.
    ///
    /// Writes a temporary file in the same folder, flushes it to disk, links the old file to
    /// `backup` (when given), renames the temporary file over the old one, and flushes the folder.
    static func write(_ data: Data, to path: String, backup: String?) throws {
        try SaveGate.around { try writeNow(data, to: path, backup: backup) }
    }

    private static func writeNow(_ data: Data, to path: String, backup: String?) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SaveError.cannotWrite(path, String(cString: strerror(errno))) }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return false }
                offset += written
            }
            return true
        }
        ok = ok && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard ok else {
            unlink(temporary)
            throw SaveError.cannotWrite(path, reason)
        }
        if let backup, access(path, F_OK) == 0 {
            let backupTemporary = backup + ".\(getpid()).tmp"
            unlink(backupTemporary)
            if link(path, backupTemporary) == 0 {
                rename(backupTemporary, backup)
            }
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SaveError.cannotWrite(path, reason)
        }
        syncFolder(folder)
    }

    /// Flushes a folder's entries (the rename) to disk.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
