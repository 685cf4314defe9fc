import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler

// A seeded random player on a story: its own words and junk, with `undo` and a save-and-restore
// round trip mixed in, for the long-play test and the autosave benchmark.
//   LongPlay STORY COUNT SEED [--autosave DIR]
// Prints, as `key value` lines: the final state's digest, resident memory after 1,000 commands
// and at the end, and with --autosave the time per command and the bytes written per move.
let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[2]), let seed = UInt64(arguments[3]),
      let story = StoryCompiler.compile(path: arguments[1]).story else {
    FileHandle.standardError.write(Data("usage: LongPlay STORY COUNT SEED [--autosave DIR]\n".utf8))
    exit(2)
}
let autosaveFolder = arguments.count >= 6 && arguments[4] == "--autosave" ? arguments[5] : nil

/// SplitMix64, so the same seed plays the same game everywhere.
struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// The CPU time of this process so far (every thread: the autosave's flushes too), in ms: on a
/// shared machine the wall clock mostly measures the wait for a core.
func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

/// The resident memory of this process in kB (Linux), or 0.
func residentKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
    return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
}

var generator = Generator(state: seed)
var game = Game(story: story)
let vocabulary = Array(game.engine.parser.vocabulary.known).sorted()
let junk = ["", "   ", "then", "...", "it", "all", "1", "yes", "no", "again", "oops", "xyzzy", "ёлка", "\u{1B}[2J", "take all then drop all",
            String(repeating: "a", count: 300), "go to the the", "\u{7F}\u{0}"]
let restarts = ["restart", "quit", "q", "save", "restore", "load", "transcript"]
guard let player = try? PlayerName("Long Play") else { exit(2) }
let store = autosaveFolder.map { SaveStore(saves: SavesFolder(path: $0), player: player, storyID: story.metadata.id) }
let stamp = StoryStamp(story: story, sourceTexts: [])
let writer = store.map { AutosaveWriter(store: $0, stamp: stamp) }
var lastSize = 0, lastFile = 0
let restorer = SaveRestorer(story: story, stamp: stamp)
var memoryAt1000 = 0
var bytesWritten = 0
let started = Date()
let startedCPU = cpuMilliseconds()
var windowStart = Date()
var windowStartCPU = cpuMilliseconds()
for index in 1...count {
    let roll = generator.next() % 100
    if roll < 4 {
        _ = game.perform("undo")
    } else if roll < 5, store == nil, ProcessInfo.processInfo.environment["LONGPLAY_NO_ROUND_TRIP"] == nil {
        // A save and restore round trip through the file format.
        let file = SaveFile(story: stamp, player: "Long Play", name: "round trip", savedAt: "2027-01-01T00:00:00Z",
                            summary: SaveSummary(game: game), game: game.snapshot)
        if let data = try? SaveCodec.encode(file), let decoded = try? SaveCodec.decode(data, path: "round trip", storyID: nil),
           case .exact(let restored)? = try? restorer.restore(decoded, path: "round trip") {
            game = restored
        } else {
            FileHandle.standardError.write(Data("the save and restore round trip failed at command \(index)\n".utf8))
            exit(1)
        }
    } else {
        let words = (0...Int(generator.next() % 5)).map { _ in generator.next() % 7 == 0 ? generator.pick(junk) : generator.pick(vocabulary) }
        if restarts.contains(words.first ?? "") { continue }
        let turn = game.perform(words.joined(separator: " "))
        if turn.endedStory, ProcessInfo.processInfo.environment["LONGPLAY_NO_RESTART"] == nil { game = Game(story: story) }
    }
    if let store, let writer {
        // As the game does: autosave after every move (a line appended, a snapshot now and then).
        try writer.write(game)
        // `stat` itself: Foundation's attributes cost more than the autosave's line.
        var status = stat()
        let found = stat(store.path(of: .autosave), &status) == 0
        let size = found ? Int(status.st_size) : 0, file = found ? Int(status.st_ino) : 0
        // A snapshot is a new file (written aside and renamed); a line only makes the file longer.
        bytesWritten += file == lastFile ? size - lastSize : size
        lastSize = size
        lastFile = file
    }
    if index == 1_000 { memoryAt1000 = residentKilobytes() }
    if store != nil, index % (count / 10) == 0 {
        let perCommand = Date().timeIntervalSince(windowStart) * 1000 / Double(count / 10)
        let perCommandCPU = (cpuMilliseconds() - windowStartCPU) / Double(count / 10)
        print("commands-\(index) \(String(format: "%.3f", perCommand)) ms/command, CPU \(String(format: "%.4f", perCommandCPU)) ms/command")
        windowStart = Date()
        windowStartCPU = cpuMilliseconds()
    }
}
let elapsed = Date().timeIntervalSince(started)
let encoder = JSONEncoder()
encoder.outputFormatting = .sortedKeys
let digest = SHA256.hex(Array((try? encoder.encode(game.state)) ?? Data()))
print("commands \(count)")
print("final-state \(digest.prefix(16))")
print("memory-after-1000-kB \(memoryAt1000)")
print("memory-at-end-kB \(residentKilobytes())")
print("ms-per-command \(String(format: "%.3f", elapsed * 1000 / Double(count)))")
print("cpu-ms-per-command \(String(format: "%.4f", (cpuMilliseconds() - startedCPU) / Double(count)))")
if store != nil { print("bytes-written-per-move \(bytesWritten / count)") }
