import AdventureEngine
import Foundation
import OutputRendering
import StoryModel
import TerminalFrontEnd

/// A story's own test: a transcript file with a header (story, seed, width), then the session as
/// the player saw it, each command on a line starting with `> ` — the format of the golden
/// transcripts in `Tests/TranscriptTests`.
///
///     story: ../ferry.story
///     seed: 1
///     width: 80
///
///     The Ferry
///     …
///     > north
public struct StoryTranscript: Sendable, Hashable {
    public var seed: UInt64
    public var width: Int
    /// The `story:` line as written (kept when the file is re-recorded).
    public var storyLine: String
    /// The commands, in order, with the line each is on (lines start at 1).
    public private(set) var commands: [Line]
    /// The whole file's text.
    public var text: String

    /// Reads a transcript's text; a missing header line takes its default (seed 1, width 80).
    /// A file saved with Windows line ends (or a byte-order mark) reads as the same file with
    /// line feeds: `text` is that text (`WrittenLines`).
    public init(text: String, defaultStory: String) {
        let text = WrittenLines.normalized(text)
        self.text = text
        var header: [String: String] = [:]
        let lines = text.components(separatedBy: "\n")
        var bodyStart = 0
        while bodyStart < lines.count, !lines[bodyStart].isEmpty, !lines[bodyStart].hasPrefix(">") {
            let parts = lines[bodyStart].split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { header[parts[0]] = parts[1] }
            bodyStart += 1
        }
        storyLine = header["story"] ?? defaultStory
        seed = header["seed"].flatMap(UInt64.init) ?? 1
        width = header["width"].flatMap(Int.init).map { max(20, $0) } ?? 80
        commands = (bodyStart..<lines.count).compactMap { number in
            guard lines[number].hasPrefix("> ") else { return nil }
            let command = String(lines[number].dropFirst(2))
            return command.trimmingCharacters(in: .whitespaces).isEmpty ? nil : Line(number: number + 1, text: command)
        }
    }

    /// A command and the line of the file it is on (lines start at 1).
    public struct Line: Sendable, Hashable {
        public var number: Int
        public var text: String
    }

    /// The header as written at the top of the file.
    public var header: String {
        "story: \(storyLine)\nseed: \(seed)\nwidth: \(width)\n\n"
    }

    /// Plays the commands on the story and returns the transcript as it should read.
    public func play(_ story: Story) -> String {
        var session = PlaySession(story: story, seed: seed, reader: PlainLineReader(lines: commands.map(\.text)),
                                  sink: BufferedOutput(), renderer: TurnRenderer(width: width))
        return header + session.run().text
    }
}
