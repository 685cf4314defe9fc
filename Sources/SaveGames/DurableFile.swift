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
    ///
    /// With `flushLater`, the new file and the folder are flushed by that queue within its window
    /// instead of before returning: the file is complete in the kernel when this returns (a kill
    /// of the process loses nothing), and the two flushes, the slow part, leave the caller's
    /// path. The autosave's snapshots are written so (see `AutosaveWriter`); after a power cut
    /// inside the window the file may be cut short, and its backup, flushed before, is read.
    static func write(_ data: some ContiguousBytes, to path: String, backup: String?, flushLater: DeferredSync? = nil) throws {
        try SaveGate.around { try writeNow(data, to: path, backup: backup, flushLater: flushLater) }
    }

    /// Flushes a file written with `flushLater`, and its folder, to disk now.
    static func flush(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        syncFolder((path as NSString).deletingLastPathComponent)
    }

    private static func writeNow(_ data: some ContiguousBytes, to path: String, backup: String?, flushLater: DeferredSync?) throws {
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
        ok = ok && (flushLater != nil || fsync(descriptor) == 0)
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
        if let flushLater {
            flushLater.schedule(path, whole: true)
        } else {
            syncFolder(folder)
        }
    }

    /// Flushes a folder's entries (the rename) to disk.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
