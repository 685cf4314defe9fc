#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock that keeps two games of the same player from running at once.
///
/// Held for as long as the value lives; the operating system releases it if the process dies.
public final class PlayerLock {
    private let descriptor: Int32

    /// Takes the lock of a player's folder.
    /// - Throws: `SaveError.alreadyPlaying` when another process holds it.
    public init(folder: String, player: String) throws {
        let path = folder + "/.lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SaveError.cannotCreateFolder(folder, String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw SaveError.alreadyPlaying(player)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
