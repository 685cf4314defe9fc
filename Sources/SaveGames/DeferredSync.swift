import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Flushes appended autosave lines to disk a little after they were written, instead of after
/// every move.
///
/// A line reaches the kernel with `write()` at once, so it survives the game being killed
/// (`kill -9`, a crash, a closed window); only a power cut or a crash of the whole machine can
/// lose what the kernel has not yet written to the disk. That window is bounded here: the file
/// is flushed (`fdatasync`) at most `window` after a line was appended, on a background queue,
/// and at once when the game ends (`flushNow`, called on quitting and on a signal).
/// `docs/save-format.md` states the guarantee.
public final class DeferredSync: @unchecked Sendable {
    /// The one queue every autosave of the process uses.
    public static let shared = DeferredSync()

    /// The longest time an appended line waits before it is flushed to disk.
    public static let defaultWindow: DispatchTimeInterval = .milliseconds(500)
    public let window: DispatchTimeInterval

    /// A queue of its own (tests); the game uses `shared`.
    public init(window: DispatchTimeInterval = DeferredSync.defaultWindow) {
        self.window = window
    }

    private let lock = NSLock()
    private let queue = DispatchQueue(label: "elbe-adventure.autosave-sync", qos: .utility)
    /// The files with lines not yet flushed; true for a file written whole (an autosave's
    /// snapshot), whose folder entry must be flushed too.
    private var pending: [String: Bool] = [:]
    private var scheduled = false

    /// Notes that `path` has lines to flush (or, `whole`, was written whole and renamed into
    /// place), and makes sure a flush comes within `window`.
    func schedule(_ path: String, whole: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        pending[path] = whole || pending[path] == true
        guard !scheduled else { return }
        scheduled = true
        queue.asyncAfter(deadline: .now() + window) { [self] in flushNow() }
    }

    /// Flushes every file with lines not yet on disk, now. Safe from any thread.
    public func flushNow() {
        lock.lock()
        let paths = pending
        pending = [:]
        scheduled = false
        lock.unlock()
        for (path, whole) in paths {
            if whole { DurableFile.flush(path) } else { Self.sync(path) }
        }
    }

    /// True while lines appended to `path` are not yet flushed.
    public func isPending(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return pending[path] != nil
    }

    private static func sync(_ path: String) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return }
        fdatasync(descriptor)
        close(descriptor)
    }
}
