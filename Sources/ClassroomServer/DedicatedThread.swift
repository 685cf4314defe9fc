import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A thread of its own: the one a student's game runs on (the executor of their
/// `StudentSession`), or the one the teacher's live report is read on.
///
/// A move, its autosave (now and then a whole snapshot written and flushed to disk), a join that
/// reads and replays a save: all of it blocks for a while. On Swift's concurrency pool, which has
/// one thread per core, each of those held up every other student's command and the server's own
/// request handling. On a thread of its own, a student's slow step delays only that student, and
/// the kernel shares the cores fairly between the students who are waiting for an answer.
///
/// The teacher's report reads every student's saves; on a thread of its own at a lower priority
/// (`niceness`), it takes the cores only when no student is waiting.
///
/// The thread ends when the executor is released (for a student, with their session).
final class DedicatedThread: SerialExecutor, @unchecked Sendable {
    private let queue: Queue

    /// - Parameter niceness: added to the thread's nice value (0: as the rest of the server).
    init(name: String, niceness: Int32 = 0) {
        let queue = Queue()
        self.queue = queue
        queue.executor = UnownedSerialExecutor(ordinary: self)
        let thread = Thread {
            // Named from inside: on Linux a name given before the start does not reach the
            // kernel, and the thread would carry its creator's name in `top` and `perf`.
            Thread.current.name = name
            #if os(Linux)
            // On Linux a nice value belongs to a thread (`who` 0: the calling one); this lowers only itself.
            if niceness != 0 {
                let which = __priority_which_t(PRIO_PROCESS.rawValue)
                _ = setpriority(which, 0, getpriority(which, 0) + niceness)
            }
            #endif
            queue.run()
        }
        thread.start()
    }

    deinit {
        queue.finish()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        queue.add(.job(UnownedJob(job)))
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Runs `work` on this thread (outside any actor: making the session itself), and returns its result.
    func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            queue.add(.closure { continuation.resume(with: Result { try work() }) })
        }
    }

    /// The work waiting for the thread, shared between the thread and the executor (the thread
    /// must not keep the executor, or it would never be released).
    private final class Queue: @unchecked Sendable {
        enum Work { case job(UnownedJob), closure(() -> Void) }
        private let condition = NSCondition()
        private var waiting: [Work] = []
        private var next = 0
        private var finished = false
        /// Set once, before the thread starts.
        var executor: UnownedSerialExecutor?

        func add(_ work: Work) {
            condition.lock()
            waiting.append(work)
            condition.signal()
            condition.unlock()
        }

        func finish() {
            condition.lock()
            finished = true
            condition.signal()
            condition.unlock()
        }

        func run() {
            while let work = take() {
                switch work {
                case .job(let job):
                    if let executor { job.runSynchronously(on: executor) }
                case .closure(let closure):
                    closure()
                }
            }
        }

        /// The next piece of work, waiting for one; nil once finished and nothing is left.
        private func take() -> Work? {
            condition.lock()
            defer { condition.unlock() }
            while next == waiting.count {
                if finished { return nil }
                condition.wait()
            }
            let work = waiting[next]
            next += 1
            if next == waiting.count {
                waiting.removeAll(keepingCapacity: true)
                next = 0
            }
            return work
        }
    }
}
