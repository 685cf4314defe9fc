#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file's text and its lines, split the first time they are asked for and kept: for each
/// line, whether it is ASCII without a carriage return (its final one aside), so that a byte is a
/// Character, found in the same pass, so quoting a line under each of its diagnostics does not
/// scan the whole line again. A `SourceManager` is `Sendable`, so the split is made under a lock.
final class SourceLines: @unchecked Sendable {
    private let text: String
    private var lines: (lines: [Substring], plainASCII: [Bool])?
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    init(_ text: String) {
        self.text = text
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The lines as `String.linesAtLineFeeds()` splits them, and which of them are plain ASCII.
    var split: (lines: [Substring], plainASCII: [Bool]) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let lines { return lines }
        let made = text.linesAndPlainASCII(marking: true)
        lines = made
        return made
    }
}
