import AdventureEngine
import Foundation
import OutputRendering
import StoryCompiler
import TerminalFrontEnd

/// A golden transcript: a header (story, seed, width), then the session as the player saw it,
/// with each command on a line starting with `> `.
public struct Transcript {
    public var story: String
    public var seed: UInt64
    public var width: Int
    /// The commands, in order.
    public var commands: [String]
    /// The whole file's text.
    public var text: String

    /// Reads a transcript file.
    public init?(contentsOf path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        self.text = text
        var header: [String: String] = [:]
        var lines = text.components(separatedBy: "\n")[...]
        while let line = lines.first, !line.isEmpty {
            lines = lines.dropFirst()
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { header[parts[0]] = parts[1] }
        }
        guard let story = header["story"] else { return nil }
        self.story = story
        seed = header["seed"].flatMap(UInt64.init) ?? 1
        width = header["width"].flatMap(Int.init) ?? 80
        var body = Array(lines)
        while let last = body.last, last.isEmpty || last == "> " { body.removeLast() }
        commands = body.filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
    }

    /// The header as it is written at the top of the file.
    public var header: String {
        "story: \(story)\nseed: \(seed)\nwidth: \(width)\n\n"
    }

    /// Plays the commands on the story and returns the whole transcript text.
    /// - Parameter roundTrip: encode the game to JSON and decode it again after every turn.
    public func play(storyDirectory: String, roundTrip: Bool) throws -> String {
        let result = StoryCompiler.compile(path: storyDirectory + "/" + story)
        guard let compiled = result.story else {
            throw TranscriptError.storyDoesNotCompile(DiagnosticRenderer().render(result.diagnostics, sources: result.sources))
        }
        var session = PlaySession(story: compiled, seed: seed, reader: PlainLineReader(lines: commands),
                                  sink: BufferedOutput(), renderer: TurnRenderer(width: width))
        if roundTrip {
            session.afterEachTurn = { game in
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                guard let data = try? encoder.encode(game.snapshot),
                      let snapshot = try? JSONDecoder().decode(Game.Snapshot.self, from: data),
                      let restored = Game(story: compiled, snapshot: snapshot) else {
                    return game
                }
                precondition(restored.snapshot == game.snapshot, "the game changed in a JSON round trip")
                return restored
            }
        }
        return header + session.run().text
    }
}

public enum TranscriptError: Error, CustomStringConvertible {
    case storyDoesNotCompile(String)

    public var description: String {
        switch self {
        case .storyDoesNotCompile(let diagnostics): "the transcript's story does not compile:\n\(diagnostics)"
        }
    }
}
