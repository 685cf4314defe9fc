import Foundation

/// The last `SavesFolder.activityStamp` the teacher's live tables saw: a game played in a terminal
/// on the same saves folder, or a student taken out with `remove` (or put back), changes the
/// folder without a browser's move, and the live table is told as if a student had moved
/// (session 35's teacher saw a `remove` only after the next move). Shared by every teacher's tab.
final class SavesActivity: @unchecked Sendable {
    private let lock = NSLock()
    private var last: Int?

    /// True when `stamp` differs from the one noted before (never for the first).
    func changed(to stamp: Int) -> Bool {
        lock.withLock {
            defer { last = stamp }
            return last != nil && last != stamp
        }
    }
}
