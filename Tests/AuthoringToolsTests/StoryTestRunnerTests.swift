import AuthoringTools
import Foundation
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// `test` plays a story's own transcripts: it passes on the ferry, shows a diff when the story
/// changed, reports refused commands, and lists what no transcript covers.
@Suite struct StoryTestRunnerTests {
    static let ferry = Fixtures.repositoryRoot() + "/Stories/examples/ferry.story"

    static func ferryStory() throws -> Story {
        try #require(StoryCompiler.compile(path: ferry).story)
    }

    @Test func theFerryTranscriptsPass() throws {
        let runner = StoryTestRunner(story: try Self.ferryStory(), storyPath: Self.ferry)
        let results = try runner.run(record: false)
        #expect(!results.isEmpty)
        for result in results { #expect(result.passed, "\(result.name):\n\(result.difference ?? "")") }
    }

    @Test func aChangedReplyFailsWithALineDiffAndRefusalsAreListed() throws {
        let folder = NSTemporaryDirectory() + "story-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/mini.tests", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = "story \"Mini\" id mini\n\nscene hall \"Hall\"\n  A hall.\n"
        try source.write(toFile: folder + "/mini.story", atomically: true, encoding: .utf8)
        try "story: ../mini.story\nseed: 1\nwidth: 80\n\n> look\n> xyzzy\n".write(toFile: folder + "/mini.tests/a.transcript", atomically: true, encoding: .utf8)
        let story = try #require(StoryCompiler.compile(path: folder + "/mini.story").story)
        let runner = StoryTestRunner(story: story, storyPath: folder + "/mini.story")
        let first = try runner.run(record: false)
        #expect(first.map(\.passed) == [false])
        #expect(first[0].difference?.contains("+ ") == true)
        #expect(first[0].refusals.count == 1)
        #expect(first[0].refusals.first?.hasPrefix("line 6: > xyzzy: ") == true)
        let recorded = try runner.run(record: true)
        #expect(recorded.map(\.recorded) == [true])
        #expect(try runner.run(record: false).map(\.passed) == [true])
    }

    @Test func aMissingFolderIsExplained() throws {
        let runner = StoryTestRunner(story: try Self.ferryStory(), storyPath: "/nonexistent/x.story")
        #expect(throws: StoryTestError.noTestsFolder("/nonexistent/x.tests")) { try runner.run(record: false) }
    }

    @Test func coverageListsWhatNoTranscriptExercises() throws {
        let story = try Self.ferryStory()
        let transcript = StoryTranscript(text: "story: x\n\n> north\n", defaultStory: "x")
        let coverage = Coverage(story: story, transcripts: [transcript])
        #expect(coverage.scenes == ["far-bank"])
        #expect(coverage.exits == ["landing: cross the river", "track: south"])
        #expect(coverage.facts.isEmpty)
        #expect(coverage.topics == ["ferryman: about river", "ferryman: about fare"])
    }
}
