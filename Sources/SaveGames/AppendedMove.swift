import AdventureEngine
import Foundation

/// One move appended to an autosave after its snapshot: the command, and what the summary needs
/// so that `saves` shows the game as it is without replaying it. One line of JSON each.
///
/// An autosave is a save (format 3: ending in a line `end`; formats 1 and 2: a JSON document
/// ending in a line `}`) followed by zero or more of these lines. A line cut short by a crash or power cut ends the list: every move before it
/// is kept.
struct AppendedMove: Codable, Equatable {
    var input: String
    var succeeded: Bool
    var scene: String
    var sceneTitle: String
    var turns: Int
    /// Facts unlocked and scenes visited by this move.
    var facts: [String]?
    var visited: [String]?

    /// Where the JSON document at the start of a save file ends (after its closing `}` line): the
    /// whole save in formats 1 and 2, the header in format 3.
    static func documentEnd(_ data: Data) -> Data.Index? {
        // Each `}` found with `memchr` (a header of 1,000 rooms is about 12 KB and holds two),
        // then the line feeds around it checked: `Data.range(of:)`, and then a loop over every
        // byte, cost more than that.
        data.withUnsafeBytes { buffer -> Data.Index? in
            guard buffer.count >= 3, let base = buffer.baseAddress else { return nil }
            var from = 1
            while from <= buffer.count - 2, let found = memchr(base + from, Int32(UInt8(ascii: "}")), buffer.count - 1 - from) {
                let index = base.distance(to: UnsafeRawPointer(found))
                if buffer[index - 1] == 0x0A && buffer[index + 1] == 0x0A { return data.startIndex + index + 2 }
                from = index + 1
            }
            return nil
        }
    }

    /// The move lines at the end of an autosave, up to the first that cannot be read (a line cut
    /// short by a crash ends the list).
    static func moves(in data: Data) -> [AppendedMove] {
        guard !data.isEmpty else { return [] }
        var moves: [AppendedMove] = []
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            guard let move = try? decoder.decode(AppendedMove.self, from: Data(line)) else { break }
            moves.append(move)
        }
        return moves
    }

    /// Puts the moves into a save: the commands to play after the snapshot, and the summary.
    static func apply(_ moves: [AppendedMove], to file: inout SaveFile) {
        file.movesAfterSnapshot = CommandLog(moves.map { LoggedCommand(input: $0.input, succeeded: $0.succeeded) })
        guard let last = moves.last else { return }
        file.summary.scene = last.scene
        file.summary.sceneTitle = last.sceneTitle
        file.summary.turns = last.turns
        for move in moves {
            for fact in move.facts ?? [] where !file.summary.factsUnlocked.contains(fact) { file.summary.factsUnlocked.append(fact) }
            for scene in move.visited ?? [] where !file.summary.visitedScenes.contains(scene) { file.summary.visitedScenes.append(scene) }
        }
    }

    /// The line for a move, given the summaries before and after it; nil when the move cannot be
    /// written as a line (it took back a fact or a visit, or ended the story): a snapshot is due.
    static func line(_ command: LoggedCommand, before: SaveSummary, after: SaveSummary) -> Data? {
        guard after.ending == nil, Set(before.factsUnlocked).isSubset(of: after.factsUnlocked),
              Set(before.visitedScenes).isSubset(of: after.visitedScenes) else { return nil }
        let facts = after.factsUnlocked.filter { !before.factsUnlocked.contains($0) }
        let visited = after.visitedScenes.filter { !before.visitedScenes.contains($0) }
        let move = AppendedMove(input: command.input, succeeded: command.succeeded, scene: after.scene, sceneTitle: after.sceneTitle,
                                turns: after.turns, facts: facts.isEmpty ? nil : facts, visited: visited.isEmpty ? nil : visited)
        return Data(move.json.utf8)
    }

    /// The line for a move that found nothing new (its summary is the one before it, at another
    /// scene and turn): the common case, without comparing the lists.
    static func plainLine(_ command: LoggedCommand, after: SaveSummary) -> Data {
        Data(AppendedMove(input: command.input, succeeded: command.succeeded, scene: after.scene, sceneTitle: after.sceneTitle,
                          turns: after.turns, facts: nil, visited: nil).json.utf8)
    }

    /// The move as one line of JSON with its keys in sorted order, ending in a line feed. Written
    /// by hand: `JSONEncoder` cost more than the rest of an autosaved move.
    var json: String {
        var line = "{"
        if let facts { line += "\"facts\":[" + facts.map(Self.quoted).joined(separator: ",") + "]," }
        line += "\"input\":" + Self.quoted(input) + ",\"scene\":" + Self.quoted(scene) + ",\"sceneTitle\":" + Self.quoted(sceneTitle)
        line += ",\"succeeded\":" + (succeeded ? "true" : "false") + ",\"turns\":" + String(turns)
        if let visited { line += ",\"visited\":[" + visited.map(Self.quoted).joined(separator: ",") + "]" }
        return line + "}\n"
    }

    /// A JSON string: quotes and backslashes escaped, every control character as `\u00XX`, so a
    /// line never holds a line feed of its own.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension SaveSummary {
    /// This summary at another summary's scene and turn, with nothing newly found: what a move
    /// line says for the moves before the last of several appended together.
    func movedTo(_ later: SaveSummary) -> SaveSummary {
        var summary = self
        summary.scene = later.scene
        summary.sceneTitle = later.sceneTitle
        summary.turns = later.turns
        return summary
    }
}
