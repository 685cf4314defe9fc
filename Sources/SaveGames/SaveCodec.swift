import AdventureEngine
import Foundation

/// Encodes and decodes save files, checking them before anything touches a live game.
///
/// Format 3 (docs/save-format.md): a short JSON document (who, which story, the summary), then the
/// game as lines (`Game.Snapshot.appendLines`), then the commands one a line, then `end`; an
/// autosave may have move lines after that. Formats 1 and 2 (all JSON) are still read.
public enum SaveCodec {
    /// The bytes of a save: the header as sorted, indented JSON (so a person can read who and
    /// what it is), the game and its commands as lines.
    public static func encode(_ file: SaveFile) throws -> Data {
        Data(encodedBytes(file))
    }

    /// The bytes of a save, as `encode` gives them, without copying them into a `Data` (the
    /// game's own saves write these).
    static func encodedBytes(_ file: SaveFile) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(file.commands.bytes.count + 16 * (file.game.state.locations.count + file.summary.visitedScenes.count) + 16_384)
        SaveHeaderJSON.write(SaveHeader.Full(file), to: &bytes)
        file.game.appendLines(to: &bytes)
        bytes.append(contentsOf: "commands ".utf8)
        bytes.append(contentsOf: String(file.commands.count).utf8)
        bytes.append(0x0A)
        bytes += file.commands.bytes
        bytes.append(contentsOf: "end\n".utf8)
        return bytes
    }

    /// Reads a save file and checks that it is one, of a format this version reads, and (when
    /// `storyID` is given) of that story.
    /// - Throws: `SaveError` naming the path and the reason.
    public static func read(path: String, storyID: String?) throws -> SaveFile {
        try decode(try contents(path), path: path, storyID: storyID)
    }

    /// True when a file is a save this version can read, judged by decoding it (used before
    /// replacing it, so a damaged file is kept aside instead).
    static func looksReadable(path: String) -> Bool { (try? read(path: path, storyID: nil)) != nil }

    /// The largest file taken for a save; anything bigger is not one the game wrote.
    public static let maximumSize = 64 << 20

    /// The bytes of a save file, refusing links, folders and files far too large to be a save.
    static func contents(_ path: String) throws -> Data {
        switch SafeFile.kind(path) {
        case .symbolicLink: throw SaveError.symbolicLink(path)
        case .none: throw SaveError.unreadable(path, "the file cannot be opened")
        case .folder, .other: throw SaveError.unreadable(path, "it is not a file")
        case .file: break
        }
        guard (SafeFile.size(path) ?? 0) <= maximumSize else {
            throw SaveError.unreadable(path, "it is far too large to be a saved game")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SaveError.unreadable(path, "the file cannot be opened")
        }
        return data
    }

    /// The story id a save file names, without decoding the rest; nil when it names none.
    static func storyID(atPath path: String) -> String? { story(atPath: path)?.id }

    /// The story id and title a save file names.
    static func story(atPath path: String) -> (id: String, title: String)? {
        guard let data = try? contents(path), let story = (try? JSONDecoder().decode(SaveHeader.self, from: AppendedMove.documentEnd(data).map { data[..<$0] } ?? data))?.story,
              let id = story.id else { return nil }
        return (id, story.title ?? id)
    }

    /// Decodes a save from bytes: the function the fuzzer and the tests call.
    public static func decode(_ whole: Data, path: String, storyID: String?) throws -> SaveFile {
        try decodeWithTail(whole, path: path, storyID: storyID).file
    }

    /// Decodes a save, and tells whether every byte after it is a whole move line (nothing cut
    /// short or unreadable), so more lines may be appended to it.
    static func decodeWithTail(_ whole: Data, path: String, storyID: String?) throws -> (file: SaveFile, endsCleanly: Bool) {
        guard !whole.isEmpty else { throw SaveError.unreadable(path, "the file is empty") }
        let end = AppendedMove.documentEnd(whole) ?? whole.endIndex
        let bytes = [UInt8](whole)
        let headerEnd = end - whole.startIndex
        var file: SaveFile
        var rest: Data
        if let header = SaveHeaderJSON.read(bytes[..<headerEnd]), header.format == SaveFile.formatName {
            // A whole format-3 header, read by hand; anything else goes through `JSONDecoder`.
            if let storyID, header.story.id != storyID {
                throw SaveError.foreignStory(path: path, storyID: header.story.id, expected: storyID)
            }
            (file, rest) = try decodeLines(bytes, header: header, headerEnd: headerEnd, path: path)
        } else if try checkedHeader(whole[whole.startIndex..<end], path: path, storyID: storyID) >= 3 {
            let header: SaveHeader.Full
            do {
                header = try JSONDecoder().decode(SaveHeader.Full.self, from: whole[whole.startIndex..<end])
            } catch {
                throw reason(error, path: path)
            }
            (file, rest) = try decodeLines(bytes, header: header, headerEnd: headerEnd, path: path)
        } else {
            file = try decodeDocument(Data(whole[whole.startIndex..<end]), path: path)
            rest = Data(whole[end...])
        }
        let moves = AppendedMove.moves(in: rest)
        if !moves.isEmpty { AppendedMove.apply(moves, to: &file) }
        let endsCleanly = rest.isEmpty || (rest.last == UInt8(ascii: "\n") && rest.split(separator: UInt8(ascii: "\n")).count == moves.count)
        return (file, endsCleanly)
    }

    /// Checks the format, version and story a header names; returns the version.
    private static func checkedHeader(_ data: Data, path: String, storyID: String?) throws -> Int {
        let header: SaveHeader
        do {
            header = try JSONDecoder().decode(SaveHeader.self, from: data)
        } catch {
            throw SaveError.unreadable(path, "it is damaged, or it is not a saved game")
        }
        guard header.format == SaveFile.formatName, let version = header.formatVersion else {
            throw SaveError.unreadable(path, "it is not an elbe-adventure saved game")
        }
        guard version <= SaveFile.currentVersion else {
            throw SaveError.newerFormat(path: path, version: version, supported: SaveFile.currentVersion)
        }
        if let storyID, let found = header.story?.id, found != storyID {
            throw SaveError.foreignStory(path: path, storyID: found, expected: storyID)
        }
        return version
    }

    /// Formats 1 and 2: the whole save is one JSON document.
    private static func decodeDocument(_ data: Data, path: String) throws -> SaveFile {
        do {
            return try JSONDecoder().decode(SaveFile.self, from: data)
        } catch {
            throw reason(error, path: path)
        }
    }

    /// Format 3: the JSON header, then the game's lines and the commands up to `end`. Returns the
    /// save and the bytes after `end` (an autosave's move lines).
    private static func decodeLines(_ bytes: [UInt8], header: SaveHeader.Full, headerEnd start: Int, path: String) throws -> (SaveFile, Data) {
        let headerLines = bytes[..<start].reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
        var reader = SaveLineReader(bytes: bytes, position: start, lineNumber: headerLines)
        do {
            let game = try Game.Snapshot(reading: &reader, log: [])
            let fields = try reader.fields(after: "commands")
            guard fields.count == 1 else { throw reader.error("expected 'commands' and a count") }
            let count = try reader.index(fields[0])
            let commands: CommandLog, end: Int
            switch CommandLog.reading(count, linesOf: bytes[reader.position...]) {
            case .read(let log, let logEnd): (commands, end) = (log, logEnd)
            case .endsEarly: throw reader.error("the file ends before its last command")
            case .notAsWritten: throw reader.error("a command is not written as a save writes it")
            }
            var after = SaveLineReader(bytes: bytes, position: end, lineNumber: reader.lineNumber + count)
            guard after.line.elementsEqual("end".utf8), !after.atEnd, after.position + 3 < bytes.endIndex else {
                throw after.error("expected 'end' after the commands")
            }
            after.nextLine()
            var file = SaveFile(story: header.story, player: header.player, name: header.name, savedAt: header.savedAt,
                                summary: header.summary, game: game)
            file.formatVersion = header.formatVersion
            file.commands = commands
            return (file, Data(bytes[after.position...]))
        } catch {
            throw SaveError.unreadable(path, "it is damaged (\(error))")
        }
    }

    private static func reason(_ error: Error, path: String) -> SaveError {
        switch error {
        case DecodingError.keyNotFound(let key, _):
            return .unreadable(path, "the field '\(key.stringValue)' is missing")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return .unreadable(path, "the field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong kind of value")
        default:
            return .unreadable(path, "it is damaged")
        }
    }
}
