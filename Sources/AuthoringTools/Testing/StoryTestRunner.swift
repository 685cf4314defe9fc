import AdventureEngine
import CommandParser
import Foundation
import StoryModel

/// Runs a story's own transcripts: the `*.transcript` files in the folder beside the story
/// (`ferry.story` → `ferry.tests/`), each compared with what the story says now.
///
///     let runner = StoryTestRunner(story: story, storyPath: "Stories/examples/ferry.story")
///     let results = try runner.run(record: false)
public struct StoryTestRunner: Sendable {
    public let story: Story
    /// The folder holding the transcripts.
    public let folder: String

    public init(story: Story, storyPath: String) {
        self.story = story
        folder = Self.testsFolder(for: storyPath)
    }

    /// `Stories/elbe.story` → `Stories/elbe.tests`.
    public static func testsFolder(for storyPath: String) -> String {
        (storyPath.hasSuffix(".story") ? String(storyPath.dropLast(6)) : storyPath) + ".tests"
    }

    /// The transcript files, sorted by name.
    public func transcriptFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".transcript") }.sorted()
    }

    /// What happened to one transcript.
    public struct Result: Sendable, Hashable {
        public var name: String
        /// Nil when the output matched (or was recorded); else a line diff, expected `-`, actual `+`.
        public var difference: String?
        /// Commands the game refused or did not understand, with the reply: "line 12: > xyzzy: …".
        public var refusals: [String]
        public var recorded: Bool
        public var passed: Bool { difference == nil }
    }

    /// Plays every transcript; with `record`, writes what the story says now as the expected text.
    /// - Throws: `StoryTestError` when the folder cannot be read or a file cannot be written.
    public func run(record: Bool) throws -> [Result] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoryTestError.noTestsFolder(folder)
        }
        let files = transcriptFiles()
        guard !files.isEmpty else { throw StoryTestError.noTranscripts(folder) }
        return try files.map { try run(file: $0, record: record) }
    }

    private func run(file: String, record: Bool) throws -> Result {
        let path = folder + "/" + file
        guard let data = FileManager.default.contents(atPath: path) else { throw StoryTestError.unreadable(path) }
        let text = String(decoding: data, as: UTF8.self)
        let storyName = String((folder as NSString).lastPathComponent.dropLast(".tests".count)) + ".story"
        let transcript = StoryTranscript(text: text, defaultStory: "../" + storyName)
        let actual = transcript.play(story)
        if record {
            do { try actual.write(toFile: path, atomically: true, encoding: .utf8) } catch { throw StoryTestError.unwritable(path) }
            // The line numbers of the file as now written, where the author will look (a blind
            // author's Vesuvius was sent to "line 44" of the file before recording).
            let written = StoryTranscript(text: actual, defaultStory: "../" + storyName)
            return Result(name: file, difference: nil, refusals: refusals(in: written), recorded: true)
        }
        let refusals = self.refusals(in: transcript)
        // Compared with the text as read (`transcript.text`): a file saved with Windows line ends passes.
        let expected = transcript.text
        let difference = actual == expected ? nil : TextDifference.describe(expected: expected, actual: actual)
        return Result(name: file, difference: difference, refusals: refusals, recorded: false)
    }

    /// The commands that the game answered with an error (not understood, not possible) or
    /// that an exit's or action's guard refused.
    func refusals(in transcript: StoryTranscript) -> [String] {
        let engine = Engine(story: story)
        var (game, _) = Game.start(story: story, seed: transcript.seed)
        var found: [String] = []
        for command in transcript.commands {
            let reading = engine.interpretations(of: command.text, in: game.state).first
            var refused = refusal(reading, in: game.state, engine: engine)
            let silent = silentGuard(reading, in: game.state, engine: engine)
            let turn = game.perform(command.text)
            // `light lamp` with the matches on the table: "(first taking the box of matches)", and
            // the guard `only if holding matches` held when the action ran (a blind author's
            // `test` called it refused).
            if case .action(let index, _)? = reading, refused?.hasSuffix("(only if)") == true,
               turn.responsesRun.contains(.action(index)) {
                refused = nil
            }
            var failed = false
            for case .error(let message) in turn.outputs {
                failed = failed || message == "That isn't possible right now."
                found.append("transcript line \(command.number): > \(command.text): \(message)")
            }
            if let refused { found.append("transcript line \(command.number): > \(command.text): \(refused)") }
            if failed, let silent { found.append("transcript line \(command.number): > \(command.text): \(silent)") }
        }
        return found
    }

    /// An action the command means whose guard fails with no `else`, so the game went on to other
    /// readings: when none answered either, the player read "That isn't possible right now." and
    /// the note says which guard (a blind author's `on why` with `only if talking to lightoller`,
    /// asked of the steward, session 14).
    private func silentGuard(_ reading: Command?, in state: GameState, engine: Engine) -> String? {
        guard case .action(let index, _)? = reading else { return nil }
        let response = story.actions[index].response
        guard response.refusal == nil, !engine.holds(response.guardCondition, in: state) else { return nil }
        return "the story's action on \(ActionPlace.of(index, in: story)) did not apply (only if, no else), and nothing else answered"
    }

    /// Why the guard of the exit, action, conversation or topic a command means refuses it now, or nil.
    private func refusal(_ reading: Command?, in state: GameState, engine: Engine) -> String? {
        switch reading {
        case .exit(let index)?:
            let exit = story.scenes[state.scene].exits[index]
            return engine.holds(exit.guardCondition, in: state) ? nil : "the exit '\(exit.label)' is closed (only if)"
        case .direction(let direction)?:
            let exits = story.scenes[state.scene].exits.filter { $0.way == .direction(direction) }
            guard let first = exits.first, !exits.contains(where: { engine.holds($0.guardCondition, in: state) }) else { return nil }
            return "the exit '\(first.label)' is closed (only if)"
        case .verb(.ask, let objects, _, let words)?:
            guard let choice = TopicChoice(story: story, engine: engine, state: state, person: objects.first, words: words) else {
                let people = state.things(at: .scene(state.scene)).filter { story.things[$0].isPerson }
                guard let person = objects.first ?? (people.count == 1 ? people.first : nil), story.things[person].isPerson else { return nil }
                return "no topic of '\(story.things[person].id)' answers it"
            }
            return choice.isRefused ? "the topic '\(TopicChoice.label(person: choice.person, topic: choice.topic, story: story))' refused it (only if)" : nil
        case .verb(.talk, let objects, _, _)?:
            guard let person = objects.first, let talk = story.things[person].talk, talk.refusal != nil,
                  !engine.holds(talk.guardCondition, in: state) else { return nil }
            return "'talk' of '\(story.things[person].id)' refused it (only if)"
        case .action(let index, _)?:
            let response = story.actions[index].response
            if engine.holds(response.guardCondition, in: state) {
                guard IdleBranch.taken(in: response.effects, state: state, engine: engine) else { return nil }
                return "the story's action on \(ActionPlace.of(index, in: story)) took an else that changes nothing"
            }
            guard response.refusal != nil else { return nil }
            return "the story's action on \(ActionPlace.of(index, in: story)) refused it (only if)"
        default:
            return nil
        }
    }
}

/// Why a story's tests could not run.
public enum StoryTestError: Error, CustomStringConvertible, Equatable {
    case noTestsFolder(String)
    case noTranscripts(String)
    case unreadable(String)
    case unwritable(String)

    public var description: String {
        switch self {
        case .noTestsFolder(let folder): "there is no folder '\(folder)' of transcripts beside the story; make it and put a NAME.transcript in it (commands on lines starting with '> '), then run with --record"
        case .noTranscripts(let folder): "the folder '\(folder)' holds no .transcript files"
        case .unreadable(let path): "cannot read '\(path)'"
        case .unwritable(let path): "cannot write '\(path)'"
        }
    }
}
