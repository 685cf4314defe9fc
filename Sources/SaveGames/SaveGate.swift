import Foundation

/// One gate around every save a process writes, so that a signal ending the game waits for a
/// save under way to finish (and no new one to start), and autosave lines not yet on the disk
/// are flushed, before the process exits.
public enum SaveGate {
    private static let lock = NSLock()

    /// Runs a save inside the gate.
    static func around<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Waits (at most `seconds`) for a save under way to finish and keeps the gate shut, so the
    /// process can exit with every save whole. Returns false when the wait timed out.
    @discardableResult
    public static func closeForExit(waitingAtMost seconds: TimeInterval = 3) -> Bool {
        let closed = lock.lock(before: Date(timeIntervalSinceNow: seconds))
        DeferredSync.shared.flushNow()
        return closed
    }
}
