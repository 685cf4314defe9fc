import AdventureEngine
import Foundation
import SaveGames
import StoryCompiler

// Measures the engine in process on a story and its walkthrough: compile, start (vocabulary and
// first state), the cost of one command, and one save plus one restore through the SaveGames API.
// Prints one JSON object of samples (milliseconds; per command in microseconds) for run.sh.
//   EngineBenchmark STORY COMMANDS [RUNS]
let arguments = CommandLine.arguments
guard arguments.count >= 3, let commandText = try? String(contentsOfFile: arguments[2], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: EngineBenchmark STORY COMMANDS [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
let commands = commandText.split(separator: "\n").map(String.init)
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("EngineBenchmark: \(message)\n".utf8))
    exit(1)
}

var samples: [String: [Double]] = [:]
let savePath = NSTemporaryDirectory() + "/engine-benchmark-\(getpid()).save"
for _ in 0..<runs {
    var result: CompileResult?
    samples["compile", default: []].append(milliseconds(clock.measure { result = StoryCompiler.compile(path: arguments[1]) }))
    guard let compiled = result, let story = compiled.story else { fail("the story does not compile") }
    var game: Game?
    samples["start", default: []].append(milliseconds(clock.measure { game = Game.start(story: story).0 }))
    guard var playing = game else { fail("no game") }
    var failures = 0
    let elapsed = clock.measure {
        for command in commands {
            let turn = playing.perform(command)
            if turn.outputs.contains(where: { if case .error = $0 { true } else { false } }) { failures += 1 }
        }
    }
    guard playing.state.ending != nil, failures == 0 else {
        fail("the walkthrough did not win cleanly (\(failures) misunderstood commands)")
    }
    samples["command", default: []].append(milliseconds(elapsed) * 1000 / Double(commands.count))

    // One save (encode and write the file) and one restore (read, check, resume), as a player's
    // `save` and `restore` do, at the end of the walkthrough.
    let stamp = StoryStamp(story: story, sourceTexts: compiled.sources.texts)
    let file = SaveFile(story: stamp, player: "bench", name: "bench", savedAt: "2026-01-01T00:00:00Z",
                        summary: SaveSummary(game: playing), game: playing.snapshot)
    samples["save", default: []].append(milliseconds(clock.measure {
        guard let data = try? SaveCodec.encode(file), FileManager.default.createFile(atPath: savePath, contents: data) else {
            fail("cannot save")
        }
    }))
    var restored: Game?
    samples["restore", default: []].append(milliseconds(clock.measure {
        guard let read = try? SaveCodec.read(path: savePath, storyID: story.metadata.id) else { fail("cannot restore") }
        restored = Game(story: story, snapshot: read.snapshot)
    }))
    guard restored?.state == playing.state else { fail("the restored game differs from the saved one") }
}
try? FileManager.default.removeItem(atPath: savePath)
let json = samples.keys.sorted().map { "\"\($0)\": [\(samples[$0, default: []].map { String(format: "%.4f", $0) }.joined(separator: ", "))]" }
print("{\"commands\": \(commands.count), " + json.joined(separator: ", ") + "}")
