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

    /// A transcript saved by a Windows editor (a carriage return before each line feed) failed at
    /// its first line; it reads as the same transcript with line feeds, and still fails where
    /// the story answers otherwise.
    @Test func aTranscriptSavedWithWindowsLineEndsPasses() throws {
        let folder = NSTemporaryDirectory() + "story-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/ferry.tests", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = Fixtures.repositoryRoot() + "/Stories/examples/ferry.tests/walkthrough.transcript"
        let text = try String(contentsOfFile: original, encoding: .utf8)
        let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
        try windows.write(toFile: folder + "/ferry.tests/walkthrough.transcript", atomically: true, encoding: .utf8)
        let runner = StoryTestRunner(story: try Self.ferryStory(), storyPath: folder + "/ferry.story")
        let results = try runner.run(record: false)
        #expect(results.map(\.passed) == [true], "\(results.first?.difference ?? "")")
        let transcript = StoryTranscript(text: windows, defaultStory: "x")
        #expect(transcript.commands == StoryTranscript(text: text, defaultStory: "x").commands)
        #expect(!transcript.commands.isEmpty)

        let changed = windows.replacingOccurrences(of: "muddy track", with: "muddy lane")
        try changed.write(toFile: folder + "/ferry.tests/walkthrough.transcript", atomically: true, encoding: .utf8)
        let failed = try runner.run(record: false)
        #expect(failed.map(\.passed) == [false])
        #expect(failed.first?.difference?.contains("muddy lane") == true)
        #expect(failed.first?.difference?.contains("\r") == false)
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
        #expect(first[0].refusals.first?.hasPrefix("transcript line 6: > xyzzy: ") == true)
        let recorded = try runner.run(record: true)
        #expect(recorded.map(\.recorded) == [true])
        #expect(try runner.run(record: false).map(\.passed) == [true])
    }

    /// `why?` to the steward, with only `on why` `only if talking to lightoller`: the note names
    /// the action whose guard let the words fall through to "That isn't possible right now."
    @Test func anActionWhoseGuardFailsSilentlyIsNamed() throws {
        let folder = NSTemporaryDirectory() + "story-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/deck.tests", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = """
        story "Deck" id deck

        scene deck "The Boat Deck"
          Officers shout by the boats.
          person lightoller "Lightoller"
            nouns officer, lightoller
            An officer.
          person finch "Finch"
            nouns steward, finch
            A steward.
          on why
            only if talking to lightoller
            Finch cuts in: "Not enough boats, son."

        """
        try source.write(toFile: folder + "/deck.story", atomically: true, encoding: .utf8)
        try "story: ../deck.story\nseed: 1\nwidth: 80\n\n> talk to finch\n> why\n".write(toFile: folder + "/deck.tests/a.transcript", atomically: true, encoding: .utf8)
        let story = try #require(StoryCompiler.compile(path: folder + "/deck.story").story)
        let runner = StoryTestRunner(story: story, storyPath: folder + "/deck.story")
        let refusals = try runner.run(record: true).flatMap(\.refusals)
        #expect(refusals.contains("transcript line 18: > why: the story's action on line 11 did not apply (only if, no else), and nothing else answered"), "\(refusals)")
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

    /// A blind author's walkthrough bounced off a guarded `in` exit and a refused topic, and
    /// `test` listed neither; a closed locker answered "You can't see any such thing."
    static let lobby = """
    story "Lobby" id lobby

    scene lobby "Building 30 Lobby"
      Reporters crowd the lobby. Duke stands by the door in. A locker stands by the wall.
      exit in to control
        only if wearing badge, else "The guard points at your collar."
      thing badge "visitor badge"
        wearable
        here A visitor badge lies on the desk.
      thing locker "locker"
        container
        fixed
        closed
        openable
      thing sheet "crib sheet"
        starts in locker
      person duke "Duke"
        about alarm, 1202
          only if holding sheet, else "What does 1202 mean?" he asks.
          Program alarm. Go.
          unlock fact alarms
        about anything else
          Not now, please.

    scene control "Mission Control"
      Consoles.
      on cheer
        end landed

    ending landed "Landed" success
      The Eagle has landed.

    fact alarms "The 1202 alarms"
      The computer was overloaded but kept the landing going.
    """

    static func lobbyRunner(_ commands: [String]) throws -> (StoryTestRunner, [StoryTestRunner.Result], Story) {
        let folder = NSTemporaryDirectory() + "story-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/lobby.tests", withIntermediateDirectories: true)
        try lobby.write(toFile: folder + "/lobby.story", atomically: true, encoding: .utf8)
        let transcript = "story: ../lobby.story\nseed: 1\nwidth: 80\n\n" + commands.map { "> \($0)\n" }.joined()
        try transcript.write(toFile: folder + "/lobby.tests/a.transcript", atomically: true, encoding: .utf8)
        let story = try #require(StoryCompiler.compile(path: folder + "/lobby.story").story)
        let runner = StoryTestRunner(story: story, storyPath: folder + "/lobby.story")
        let results = try runner.run(record: true)
        try? FileManager.default.removeItem(atPath: folder)
        return (runner, results, story)
    }

    @Test func closedExitsRefusedTopicsAndThingsOutOfSightAreListedAsRefused() throws {
        let (_, results, _) = try Self.lobbyRunner(["in", "ask duke about 1202", "take sheet from locker", "x banana", "ask duke about weather"])
        #expect(results.first?.refusals == [
            // Lines of the transcript as recorded, where the author looks (a blind author's
            // Vesuvius was sent to the line numbers of the file before recording).
            "transcript line 18: > in: the exit 'in' is closed (only if)",
            "transcript line 21: > ask duke about 1202: the topic 'duke: about alarm' refused it (only if)",
            "transcript line 24: > take sheet from locker: The locker is closed.",
            "transcript line 27: > x banana: I don't know the word 'banana'.",
        ])
    }

    @Test func aWalkthroughThatWorksHasNoRefusals() throws {
        let (_, results, _) = try Self.lobbyRunner(["wear badge", "open locker", "take sheet from locker", "ask duke about 1202", "in", "cheer"])
        #expect(results.first?.refusals == [])
    }

    @Test func aCatchAllTopicCountsOnlyWhenAQuestionReachesIt() throws {
        let story = try #require(StoryCompiler.compile(source: Self.lobby).story)
        func coverage(_ commands: String...) -> Coverage {
            Coverage(story: story, transcripts: [StoryTranscript(text: "story: x\n\n" + commands.map { "> \($0)\n" }.joined(), defaultStory: "x")])
        }
        let asked = coverage("ask duke about the weather")
        #expect(asked.topics == ["duke: about alarm"])
        let refused = coverage("ask duke about 1202")
        #expect(refused.topics == ["duke: about alarm", "duke: about anything else"])
        let full = coverage("ask duke about weather", "take badge", "wear it", "open locker", "take sheet", "ask duke about the alarm", "in", "cheer")
        #expect(full.topics.isEmpty)
        #expect(full.exits.isEmpty)
        #expect(full.actions.isEmpty)
        #expect(full.scenes.isEmpty)
        #expect(full.facts.isEmpty)
        #expect(refused.facts == ["alarms"])
        #expect(refused.exits == ["lobby: in"])
        #expect(refused.actions == ["line 27: on cheer"])
        #expect(refused.scenes == ["control"])
    }
}
