import AdventureEngine
import Foundation
import StoryCompiler

// Measures the engine on a story and its walkthrough: compile time, start-up, and the cost of
// one command, as medians over several runs.
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

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

var compileTimes: [Double] = [], startTimes: [Double] = [], perCommand: [Double] = [], saveTimes: [Double] = []
for _ in 0..<runs {
    var result: CompileResult?
    compileTimes.append(milliseconds(clock.measure { result = StoryCompiler.compile(path: arguments[1]) }))
    guard let story = result?.story else {
        FileHandle.standardError.write(Data("the story does not compile\n".utf8))
        exit(1)
    }
    var game: Game?
    startTimes.append(milliseconds(clock.measure { game = Game.start(story: story).0 }))
    guard var playing = game else { exit(1) }
    var failures = 0
    let elapsed = clock.measure {
        for command in commands {
            let turn = playing.perform(command)
            if turn.outputs.contains(where: { if case .error = $0 { true } else { false } }) { failures += 1 }
        }
    }
    guard playing.state.ending != nil, failures == 0 else {
        FileHandle.standardError.write(Data("the walkthrough did not win cleanly (\(failures) misunderstood commands)\n".utf8))
        exit(1)
    }
    perCommand.append(milliseconds(elapsed) * 1000 / Double(commands.count))
    let encoder = JSONEncoder()
    saveTimes.append(milliseconds(clock.measure { _ = try? encoder.encode(playing.snapshot) }))
}
let name = (arguments[1] as NSString).lastPathComponent
print(String(format: "%@\tcommands %d\tcompile %.1f ms\tstart %.2f ms\tper command %.2f µs\tencode state %.2f ms",
             name, commands.count, median(compileTimes), median(startTimes), median(perCommand), median(saveTimes)))
