import ArgumentParser
import StoryCompiler
import StoryModel
import TerminalFrontEnd

/// `elbe-adventure check STORY…`: compiles stories and prints what is wrong with them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check stories for mistakes and print every problem found.",
        discussion: "Exits 0 when no story has errors (warnings allowed), 1 when one has errors."
    )

    @Argument(help: "The story files to check (the main file of each story).", completion: .file(extensions: ["story"]))
    var stories: [String]

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    func validate() throws {
        if stories.isEmpty { throw ValidationError("name at least one story file to check") }
    }

    func run() throws {
        let renderer = DiagnosticRenderer(style: Terminal.allowsColour(disabled: noColor) ? .ansi : .plain)
        var failed = false
        for path in stories {
            let result = StoryCompiler.compile(path: path)
            print(renderer.render(result.diagnostics, sources: result.sources), terminator: "")
            if let story = result.story {
                print("\(path): \(StorySummary(story).description); \(Self.count(result.warnings.count, "warning"))")
            } else {
                failed = true
                print("\(path): \(Self.count(result.errors.count, "error")), \(Self.count(result.warnings.count, "warning"))")
            }
        }
        if failed { throw ExitCode(1) }
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
