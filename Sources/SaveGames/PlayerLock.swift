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
        var opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if opened < 0, errno == EACCES || errno == EROFS {
            // A read-only folder: nothing can be saved in it, so there is nothing to keep a second
            // window from overwriting; lock the existing file if there is one, else go on unlocked.
            opened = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        }
        descriptor = opened
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == EACCES || errno == EROFS { return }
            throw SaveError.cannotCreateFolder(folder, String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw SaveError.alreadyPlaying(player)
        }
    }

    deinit {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
