import ArgumentParser
import AuthoringTools
import Foundation

/// `elbe-adventure test STORY`: plays the story's own transcripts and shows what changed.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play the story's own transcripts and compare them with what the story says now.",
        discussion: """
            Transcripts live in a folder beside the story: Stories/examples/ferry.story → \
            Stories/examples/ferry.tests/*.transcript. Each has a header (story, seed, width), then the \
            session, each command on a line starting with '> '. Exits 0 when every transcript matches, \
            1 when one differs (a line diff is shown). Commands the game refused or did not understand are \
            listed, so a walkthrough cannot silently go wrong.
            """
    )

    @Argument(help: "The story file.", completion: .file(extensions: ["story"]))
    var story: String

    @Flag(help: "Write what the story says now into the transcripts, as the expected text.")
    var record = false

    @Flag(help: "List the scenes, exits, actions, topics and facts no transcript exercises.")
    var coverage = false

    func run() throws {
        // `test Stories/elbe.tests/walk.transcript` compiled the transcript as a story: a page of
        // errors about a missing header. Say what `test` takes instead.
        if story.hasSuffix(".transcript") {
            let folder = (story as NSString).deletingLastPathComponent
            let storyFile = folder.hasSuffix(".tests") ? String(folder.dropLast(".tests".count)) + ".story" : "STORY.story"
            var standardError = StandardError()
            print("error: '\(story)' is a transcript: 'test' takes the story file and plays every transcript beside it: elbe-adventure test \(storyFile)",
                  to: &standardError)
            throw ExitCode(1)
        }
        guard let compiled = try loadStory(story).story else { throw ExitCode(1) }
        let runner = StoryTestRunner(story: compiled, storyPath: story)
        let results: [StoryTestRunner.Result]
        do {
            results = try runner.run(record: record)
        } catch let error as StoryTestError {
            var standardError = StandardError()
            print("error: \(error)", to: &standardError)
            throw ExitCode(1)
        }
        for result in results {
            let verdict = result.recorded ? "recorded" : result.passed ? "ok" : "FAILED"
            print("\(verdict): \(runner.folder)/\(result.name)")
            for refusal in result.refusals { print("  refused or not understood: \(refusal)") }
            if let difference = result.difference { print(difference.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")) }
        }
        let failed = results.filter { !$0.passed }.count
        print("\(results.count) transcript\(results.count == 1 ? "" : "s"), \(failed) failed")
        if coverage {
            let transcripts = runner.transcriptFiles().compactMap { name -> StoryTranscript? in
                guard let data = FileManager.default.contents(atPath: runner.folder + "/" + name) else { return nil }
                return StoryTranscript(text: String(decoding: data, as: UTF8.self), defaultStory: story)
            }
            print(Coverage(story: compiled, transcripts: transcripts).description, terminator: "")
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
