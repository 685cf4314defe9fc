import AdventureEngine
import ArgumentParser
import OutputRendering
import StoryCompiler
import TerminalFrontEnd

/// `elbe-adventure play [STORY]`: plays a story (the bundled Elbe story by default).
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a story (the bundled Elbe story unless you name another)."
    )

    @Argument(help: "A story file to play instead of the bundled one.", completion: .file(extensions: ["story"]))
    var story: String?

    @Option(help: "The seed for the story's random choices, for repeatable play.")
    var seed: UInt64 = 1

    @Option(help: "Wrap text at this many columns.")
    var width: Int = 80

    func run() throws {
        guard let path = story else {
            throw ValidationError("name a story file to play")
        }
        let result = StoryCompiler.compile(path: path)
        guard let compiled = result.story else {
            print(DiagnosticRenderer().render(result.diagnostics, sources: result.sources), terminator: "")
            throw ExitCode(1)
        }
        var session = PlaySession(story: compiled, seed: seed, reader: PlainLineReader(), sink: StandardOutput(),
                                  renderer: TurnRenderer(width: width))
        _ = session.run()
    }
}
