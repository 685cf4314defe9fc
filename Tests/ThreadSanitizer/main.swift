// ThreadSanitizer harness for the classroom server's threads (`Sources/ClassroomServer/DedicatedThread.swift`):
// 60 actors a round, each on a thread of its own, called from concurrent tasks, and closures run on
// a shared lower-priority thread; the threads end as their actors go. Run by `run.sh`, which
// compiles it with `swiftc -sanitize=thread` and fails on any report.
import Foundation

actor Counter {
    let thread: DedicatedThread
    var count = 0
    var log: [Int] = []
    nonisolated var unownedExecutor: UnownedSerialExecutor { thread.asUnownedSerialExecutor() }
    init(thread: DedicatedThread) { self.thread = thread }
    func bump(_ n: Int) -> Int { count += 1; log.append(n); if log.count > 50 { log.removeFirst(10) }; return count }
    static func open() async throws -> Counter {
        let thread = DedicatedThread(name: "t")
        return try await thread.run { Counter(thread: thread) }
    }
}

@main struct Main {
    static func main() async throws {
        let report = DedicatedThread(name: "report", niceness: 10)
        var total = 0
        for round in 0..<5 {
            var counters: [Counter] = []
            for _ in 0..<60 { counters.append(try await Counter.open()) }
            let all = counters
            total += await withTaskGroup(of: Int.self) { group in
                for (i, c) in all.enumerated() {
                    group.addTask {
                        var last = 0
                        for k in 0..<200 { last = await c.bump(k + i) }
                        return last
                    }
                    group.addTask { (try? await report.run { i * 2 }) ?? 0 }
                }
                var sum = 0
                for await v in group { sum += v }
                return sum
            }
            print("round", round, total)
        }
    }
}
