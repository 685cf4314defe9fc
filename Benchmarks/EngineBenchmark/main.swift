import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler

// Measures the engine in process on a story and its walkthrough: compile, start (vocabulary and
// first state), the cost of one command, and one save plus one restore through the SaveGames API
// (in the current format, and in format 2 for comparison; `save-player` and `restore-player`: as
// a player's `save` and `restore` do, through `SaveStore`).
// Prints one JSON object of samples (CPU milliseconds; per command in microseconds) for bench.py.
//   EngineBenchmark STORY COMMANDS [RUNS]
let arguments = CommandLine.arguments
guard arguments.count >= 3, let commandText = try? String(contentsOfFile: arguments[2], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: EngineBenchmark STORY COMMANDS [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
let commands = commandText.split(separator: "\n").map(String.init)

/// The CPU time of this thread while `body` runs, in milliseconds: on a shared, loaded machine the
/// wall clock mostly measures waiting for a core.
func cpuMilliseconds(_ body: () -> Void) -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
    let start = now()
    body()
    return now() - start
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("EngineBenchmark: \(message)\n".utf8))
    exit(1)
}

var samples: [String: [Double]] = [:]
let savePath = NSTemporaryDirectory() + "/engine-benchmark-\(getpid()).save"
let saveFolder = NSTemporaryDirectory() + "/engine-benchmark-\(getpid())-saves"
for _ in 0..<runs {
    var result: CompileResult?
    samples["compile", default: []].append(cpuMilliseconds({ result = StoryCompiler.compile(path: arguments[1]) }))
    guard let compiled = result, let story = compiled.story else { fail("the story does not compile") }
    var game: Game?
    samples["start", default: []].append(cpuMilliseconds({ game = Game.start(story: story).0 }))
    guard var playing = game else { fail("no game") }
    var failures = 0
    let elapsed = cpuMilliseconds {
        for command in commands {
            let turn = playing.perform(command)
            if turn.outputs.contains(where: { if case .error = $0 { true } else { false } }) { failures += 1 }
        }
    }
    guard playing.state.ending != nil, failures == 0 else {
        fail("the walkthrough did not win cleanly (\(failures) misunderstood commands)")
    }
    samples["command", default: []].append(elapsed * 1000 / Double(commands.count))

    // One save (encode and write the file) and one restore (read, check, resume), as a player's
    // `save` and `restore` do, at the end of the walkthrough.
    let stamp = StoryStamp(story: story, sourceTexts: compiled.sources.texts)
    // As `SaveStore.save` writes it: the newest `SaveFile.undoStepsInFile` undo steps. The
    // restore shares the game's engine, as a restore during play does.
    let file = SaveFile(story: stamp, player: "bench", name: "bench", savedAt: "2026-01-01T00:00:00Z",
                        summary: SaveSummary(game: playing), game: playing.snapshot(keepingUndo: SaveFile.undoStepsInFile))
    // Written as the game writes its saves (`DurableFile`: the file and its folder flushed).
    samples["save", default: []].append(cpuMilliseconds({
        guard (try? SaveCodec.write(file, to: savePath)) != nil else { fail("cannot save") }
    }))
    // The same through Foundation's `createFile` (as this row was measured before session 15's
    // second round), for comparison.
    samples["save-foundation", default: []].append(cpuMilliseconds({
        guard let data = try? SaveCodec.encode(file), FileManager.default.createFile(atPath: savePath, contents: data) else {
            fail("cannot save")
        }
    }))
    var restored: Game?
    samples["restore", default: []].append(cpuMilliseconds({
        guard let read = try? SaveCodec.read(path: savePath, storyID: story.metadata.id) else { fail("cannot restore") }
        restored = Game(engine: playing.engine, snapshot: read.snapshot)
    }))
    guard restored?.state == playing.state else { fail("the restored game differs from the saved one") }
    // The same two without the file: writing it flushes it to disk (`fsync`), which is most of
    // a save's time on this machine.
    var encoded = Data()
    samples["save-encode", default: []].append(cpuMilliseconds({
        guard let data = try? SaveCodec.encode(file) else { fail("cannot save") }
        encoded = data
    }))
    samples["restore-decode", default: []].append(cpuMilliseconds({
        guard let read = try? SaveCodec.decode(encoded, path: "bench.save", storyID: story.metadata.id) else { fail("cannot restore") }
        restored = Game(engine: playing.engine, snapshot: read.snapshot)
    }))
    guard restored?.state == playing.state else { fail("the restored game (in memory) differs from the saved one") }
    // A player's `save` and `restore`: through `SaveStore`, the summary and the snapshot made in
    // the save, the file written durably (flushed, with its folder, and a backup kept) over the
    // save of the run before, and read back by name.
    guard let player = try? PlayerName("bench"), let saveName = try? SaveName("bench") else { fail("no save name") }
    let store = SaveStore(saves: SavesFolder(path: saveFolder), player: player, storyID: story.metadata.id)
    samples["save-player", default: []].append(cpuMilliseconds({
        guard (try? store.save(playing, as: saveName, stamp: stamp)) != nil else { fail("cannot save as a player does") }
    }))
    samples["restore-player", default: []].append(cpuMilliseconds({
        guard let read = try? store.read(saveName, storyID: story.metadata.id) else { fail("cannot restore as a player does") }
        restored = Game(engine: playing.engine, snapshot: read.snapshot)
    }))
    guard restored?.state == playing.state else { fail("the restored game (as a player's) differs from the saved one") }

    // The same save in format 2 (all JSON through Foundation's coders, as saves were written
    // before format 3), for comparison in the same run; still read by this version. Left out with
    // ENGINE_BENCHMARK_NO_FORMAT2=1 (its 200 M instructions swamp a profile of format 3).
    if ProcessInfo.processInfo.environment["ENGINE_BENCHMARK_NO_FORMAT2"] != nil { continue }
    var version2 = file
    version2.formatVersion = 2
    samples["save-format2", default: []].append(cpuMilliseconds({
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(version2), FileManager.default.createFile(atPath: savePath, contents: data) else {
            fail("cannot save in format 2")
        }
    }))
    samples["restore-format2", default: []].append(cpuMilliseconds({
        guard let read = try? SaveCodec.read(path: savePath, storyID: story.metadata.id), read.formatVersion == 2 else { fail("cannot restore format 2") }
        restored = Game(engine: playing.engine, snapshot: read.snapshot)
    }))
    guard restored?.state == playing.state else { fail("the restored game (format 2) differs from the saved one") }
}
try? FileManager.default.removeItem(atPath: savePath)
try? FileManager.default.removeItem(atPath: saveFolder)
let json = samples.keys.sorted().map { "\"\($0)\": [\(samples[$0, default: []].map { String(format: "%.4f", $0) }.joined(separator: ", "))]" }
print("{\"commands\": \(commands.count), " + json.joined(separator: ", ") + "}")
