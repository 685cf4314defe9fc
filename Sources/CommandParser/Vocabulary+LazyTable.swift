import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Vocabulary {
    /// One table of a vocabulary, made the first time it is asked for and kept in memory of its
    /// own, so that a game reaches its first prompt without reading the tables no command has asked
    /// for yet (docs/performance.md, "Start-up, sixteenth round").
    ///
    /// Asking costs one load of a byte and a branch: the table is read in place through its
    /// pointer, with no object retained per ask (a box held in an atomic reference was retained at
    /// every ask, +2 % a command: "Start-up, fifteenth round"). Made under `Vocabulary.makingLock`,
    /// its state stored with release ordering and loaded with acquire ordering, so that a thread
    /// that sees the table made sees all of it.
    struct LazyTable<Value>: ~Copyable {
        private let state: Atomic<UInt8>
        private let storage: UnsafeMutablePointer<Value>

        /// A table to be made when first asked for.
        init() {
            state = Atomic(0)
            storage = .allocate(capacity: 1)
        }

        /// A table made already.
        init(made value: Value) {
            storage = .allocate(capacity: 1)
            storage.initialize(to: value)
            state = Atomic(1)
        }

        deinit {
            if state.load(ordering: .acquiring) == 1 { storage.deinitialize(count: 1) }
            storage.deallocate()
        }

        /// True once the table has been made (for the tests of start-up).
        var isMade: Bool { state.load(ordering: .acquiring) == 1 }

        /// The table, made by `make` if this is the first time it is asked for.
        @inline(__always)
        func value(_ make: () -> Value) -> UnsafePointer<Value> {
            if state.load(ordering: .acquiring) != 1 { self.make(make) }
            return UnsafePointer(storage)
        }

        @inline(never)
        private func make(_ make: () -> Value) {
            Vocabulary.makingLock.lock()
            defer { Vocabulary.makingLock.unlock() }
            guard state.load(ordering: .acquiring) != 1 else { return }
            storage.initialize(to: make())
            state.store(1, ordering: .releasing)
        }
    }

    /// The lock under which any vocabulary's tables are made: recursive, as making one table may
    /// ask for another (the things by word number are made from the things by word).
    static let makingLock = RecursiveLock()

    final class RecursiveLock: @unchecked Sendable {
        private let mutex: UnsafeMutablePointer<pthread_mutex_t>

        init() {
            mutex = .allocate(capacity: 1)
            var attributes = pthread_mutexattr_t()
            pthread_mutexattr_init(&attributes)
            pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
            pthread_mutex_init(mutex, &attributes)
            pthread_mutexattr_destroy(&attributes)
        }

        func lock() { pthread_mutex_lock(mutex) }
        func unlock() { pthread_mutex_unlock(mutex) }
    }
}

extension Vocabulary.Parts {
    package var thingsShared: Vocabulary? { nil }
}
