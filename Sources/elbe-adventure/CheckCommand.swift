import ArgumentParser
import AuthoringTools
import StoryCompiler
import StoryModel
import TerminalFrontEnd
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `elbe-adventure check STORY…`: compiles stories and prints what is wrong with them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check stories for mistakes and print every problem found.",
        discussion: "Errors are mistakes the story cannot mean; warnings are what might be a mistake (a scene no path reaches, a flag nothing reads, a word the text mentions that the player cannot examine). Exits 0 when no story has errors (warnings allowed, unless --warnings-as-errors), 1 otherwise."
    )

    /// How the problems are printed.
    enum Format: String, ExpressibleByArgument {
        case text, json
    }

    @Argument(help: "The story files to check (the main file of each story).", completion: .file(extensions: ["story"]))
    var stories: [String]

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    @Flag(help: "Fail (exit 1) on warnings too, for CI.")
    var warningsAsErrors = false

    @Option(help: "text (for people) or json (for editors: an array of diagnostics per run).")
    var format: Format = .text

    func validate() throws {
        if stories.isEmpty { throw ValidationError("name at least one story file to check") }
    }

    func run() throws {
        Self.check(stories, noColor: noColor, warningsAsErrors: warningsAsErrors, format: format)
    }

    /// Checks the stories, prints what is wrong and ends the process: 0 when no story has errors
    /// (nor warnings, with `warningsAsErrors`), 1 otherwise. `QuickCheck` calls it without the
    /// argument parser.
    static func check(_ stories: [String], noColor: Bool, warningsAsErrors: Bool, format: Format) -> Never {
        let renderer = DiagnosticRenderer(style: format == .text && Terminal.allowsColour(disabled: noColor) ? .ansi : .plain)
        var failed = false
        var everything: [Diagnostic] = []
        // Kept to the end: the process ends then, without freeing each story piece by piece.
        // The syntax trees, lines and lint indexes too (docs/performance.md, "Compile, seventh round").
        var kept: [CompileResult] = []
        let leftovers = BuildLeftovers()
        HeapPages.reserve(forStoriesAt: stories, growth: .check)
        for path in stories {
            let result = StoryCompiler.compile(path: path, keepingIn: leftovers)
            kept.append(result)
            var diagnostics = result.diagnostics
            if let story = result.story {
                diagnostics = Self.merge(diagnostics, Linter().lint(story, sources: result.sources, keepingIn: leftovers))
            }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            if errors > 0 || (warningsAsErrors && warnings > 0) { failed = true }
            everything += diagnostics
            guard format == .text else { continue }
            // Written as the renderer's bytes, without a `String` made of them (docs/performance.md,
            // "Compile, twentieth round"), after what `print` holds in its buffer, in order.
            let rendered = renderer.renderUTF8(diagnostics, sources: result.sources)
            if !rendered.isEmpty {
                fflush(nil)
                writeAll(rendered, to: STDOUT_FILENO)
            }
            if let story = result.story {
                print("\(path): \(StorySummary(story).description); \(Self.count(warnings, "warning"))")
            } else {
                print("\(path): \(Self.count(errors, "error")), \(Self.count(warnings, "warning"))")
            }
        }
        if format == .json { print(DiagnosticJSON.encode(everything)) }
        // Everything is printed (`exit` flushes standard output): leave without freeing the stories
        // and diagnostics piece by piece, 2 % of `check` (docs/performance.md, "Compile, sixth round").
        withExtendedLifetime((kept, leftovers)) { endProcess(failed ? 1 : 0) }
    }

    /// The compiler's and the linter's diagnostics in the order of the lines they point to.
    static func merge(_ a: [Diagnostic], _ b: [Diagnostic]) -> [Diagnostic] {
        (a + b).enumerated().sorted { x, y in
            switch (x.element.range, y.element.range) {
            case let (p?, q?) where p.start != q.start: p.start < q.start
            case (.some, nil): true
            case (nil, .some): false
            default: x.offset < y.offset
            }
        }.map(\.element)
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

/// Ends the process at once with the C library's `exit`, which flushes standard output.
private func endProcess(_ code: Int32) -> Never { exit(code) }
