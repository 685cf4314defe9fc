import Foundation

/// Encodes and decodes save files, checking them before anything touches a live game.
public enum SaveCodec {
    /// The JSON of a save: sorted keys, indented, so a person can read it and a diff is small.
    public static func encode(_ file: SaveFile) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(file) + Data("\n".utf8)
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
        guard let data = try? contents(path), let story = (try? JSONDecoder().decode(SaveHeader.self, from: AppendedMove.split(data).document))?.story,
              let id = story.id else { return nil }
        return (id, story.title ?? id)
    }

    /// Decodes a save from bytes: the function the fuzzer and the tests call.
    public static func decode(_ whole: Data, path: String, storyID: String?) throws -> SaveFile {
        guard !whole.isEmpty else { throw SaveError.unreadable(path, "the file is empty") }
        let (data, moves) = AppendedMove.split(whole)
        var file = try decodeDocument(data, path: path, storyID: storyID)
        if !moves.isEmpty { AppendedMove.apply(moves, to: &file) }
        return file
    }

    private static func decodeDocument(_ data: Data, path: String, storyID: String?) throws -> SaveFile {
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
        do {
            return try JSONDecoder().decode(SaveFile.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw SaveError.unreadable(path, "the field '\(key.stringValue)' is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw SaveError.unreadable(path, "the field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong kind of value")
        } catch {
            throw SaveError.unreadable(path, "it is damaged")
        }
    }
}
