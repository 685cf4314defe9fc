import Foundation

/// One gate around every save a process writes, so that a signal ending the game waits for the
/// saves under way to finish (and no new one to start), and autosave lines not yet on the disk
/// are flushed, before the process exits.
///
/// Saves do not wait for each other at the gate, only for the exit: in the classroom server,
/// sixty students' autosaves pass it at once (each to its own files).
public enum SaveGate {
    private static let gate = Gate()

    /// Runs a save inside the gate.
    static func around<T>(_ body: () throws -> T) rethrows -> T {
        gate.enter()
        defer { gate.leave() }
        return try body()
    }

    /// Waits (at most `seconds`) for the saves under way to finish and keeps the gate shut, so
    /// the process can exit with every save whole. Returns false when the wait timed out.
    @discardableResult
    public static func closeForExit(waitingAtMost seconds: TimeInterval = 3) -> Bool {
        let closed = gate.close(waitingUntil: Date(timeIntervalSinceNow: seconds))
        DeferredSync.shared.flushNow()
        return closed
    }

    /// Counts the saves inside; once closed, lets none in again.
    private final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var inside = 0
        private var closed = false

        func enter() {
            condition.lock()
            while closed { condition.wait() }
            inside += 1
            condition.unlock()
        }

        func leave() {
            condition.lock()
            inside -= 1
            if inside == 0 { condition.broadcast() }
            condition.unlock()
        }

        func close(waitingUntil deadline: Date) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            closed = true
            while inside > 0 {
                if !condition.wait(until: deadline) { return inside == 0 }
            }
            return true
        }
    }
}
