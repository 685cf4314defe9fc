#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value made the first time it is asked for, under a lock, and kept: for the parts of a
/// `Sendable` value that start-up should not pay for (a story's phrase patterns, found at the
/// first command; a source file's lines, split when a diagnostic first quotes one).
///
///     let lines = MadeOnce { text.split(separator: "\n") }
///     lines.value   // split now, once; later calls get the same lines
///
/// `value` is `@inlinable` (its state and lock `@usableFromInline`), so that a module asking for
/// a value of its own type gets it specialised: through the unspecialised generic, looking up the
/// state's type metadata at every call was most of the 700 instructions the parser's phrase
/// patterns cost at every command (docs/performance.md, "Per command, fourteenth round").
public final class MadeOnce<Value: Sendable>: @unchecked Sendable {
    @usableFromInline
    enum State {
        case waiting(@Sendable () -> Value)
        case made(Value)
    }

    /// Read and written only under `lock`, so not checked for exclusive access at run time as
    /// well (a `swift_beginAccess` at every command's phrase patterns; docs/performance.md, "Per
    /// command, seventeenth round").
    @exclusivity(unchecked) @usableFromInline
    var state: State
    @usableFromInline
    let lock: UnsafeMutablePointer<pthread_mutex_t>

    /// A value that `make` makes when `value` is first read; `make` is then let go.
    public init(_ make: @escaping @Sendable () -> Value) {
        state = .waiting(make)
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// True once the value has been made (for the tests that start-up does not make it).
    public var isMade: Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if case .made = state { return true }
        return false
    }

    /// The value, made now if it is the first time.
    @inlinable
    public var value: Value {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        switch state {
        case .made(let value):
            return value
        case .waiting(let make):
            let value = make()
            state = .made(value)
            return value
        }
    }
}
