import AdventureEngine
import Foundation

/// A saved game as it is written to disk: versioned, a JSON header a person can read and the game
/// as lines (`SaveCodec`).
///
/// `docs/save-format.md` describes every field. The `summary` repeats, by name, what a teacher's
/// report needs, so a report never has to replay a game.
public struct SaveFile: Codable, Equatable, Sendable {
    /// The format marker, so a foreign JSON file is recognised.
    public static let formatName = "elbe-adventure save"
    /// The newest format this version reads and writes.
    public static let currentVersion = 3
    /// Undo steps a save keeps (the game in play keeps `Game.undoDepth`): the undo history is
    /// most of a save's game, and restoring it is most of a restore's work.
    public static let undoStepsInFile = 100

    public var format: String
    public var formatVersion: Int
    public var story: StoryStamp
    public var player: String
    public var name: String
    /// When it was saved, ISO 8601 in UTC.
    public var savedAt: String
    public var summary: SaveSummary
    /// Every command played since the game started, for replaying on a revised story.
    public var commands: CommandLog
    /// The exact game: state, undo history and the rest.
    public var game: Game.Snapshot
    /// Moves appended to an autosave after its snapshot (see `AutosaveWriter`): played on the
    /// snapshot's game when it is restored. Not part of the save itself.
    public var movesAfterSnapshot = CommandLog()

    enum CodingKeys: String, CodingKey {
        case format, formatVersion, story, player, name, savedAt, summary, commands, game
    }

    public init(story: StoryStamp, player: String, name: String, savedAt: String, summary: SaveSummary, game: Game.Snapshot) {
        movesAfterSnapshot = []
        format = Self.formatName
        formatVersion = Self.currentVersion
        self.story = story
        self.player = player
        self.name = name
        self.savedAt = savedAt
        self.summary = summary
        commands = game.log
        var withoutLog = game
        withoutLog.log = []
        self.game = withoutLog
    }

    /// Every command of the game, the moves after the snapshot included: what a replay plays.
    public var allCommands: CommandLog { commands + movesAfterSnapshot }

    /// The game as saved, with its command log put back.
    public var snapshot: Game.Snapshot {
        var snapshot = game
        snapshot.log = commands
        return snapshot
    }
}

/// Which story a save belongs to.
public struct StoryStamp: Codable, Equatable, Sendable {
    public var id: String
    public var version: String
    public var title: String
    /// SHA-256 of the story's source text: when it differs, the story was revised since.
    public var digest: String

    public init(id: String, version: String, title: String, digest: String) {
        self.id = id
        self.version = version
        self.title = title
        self.digest = digest
    }
}

/// What a save shows about progress, by name rather than by index.
public struct SaveSummary: Codable, Equatable, Sendable {
    public var scene: String
    public var sceneTitle: String
    public var turns: Int
    public var factsUnlocked: [String]
    public var totalFacts: Int
    public var visitedScenes: [String]
    public var ending: String?
    public var endingTitle: String?
    public var endingIsSuccess: Bool?

    public init(scene: String, sceneTitle: String, turns: Int, factsUnlocked: [String], totalFacts: Int,
                visitedScenes: [String], ending: String?, endingTitle: String?, endingIsSuccess: Bool?) {
        self.scene = scene
        self.sceneTitle = sceneTitle
        self.turns = turns
        self.factsUnlocked = factsUnlocked
        self.totalFacts = totalFacts
        self.visitedScenes = visitedScenes
        self.ending = ending
        self.endingTitle = endingTitle
        self.endingIsSuccess = endingIsSuccess
    }
}

/// Just enough of a save to recognise it before decoding the rest.
struct SaveHeader: Decodable {
    var format: String?
    var formatVersion: Int?
    var story: StoryHeader?

    struct StoryHeader: Decodable {
        var id: String?
        var title: String?
    }

    /// The header of format 3: everything but the game, which follows as lines.
    struct Full: Codable {
        var format: String
        var formatVersion: Int
        var name: String
        var player: String
        var savedAt: String
        var story: StoryStamp
        var summary: SaveSummary

        init(format: String, formatVersion: Int, name: String, player: String, savedAt: String, story: StoryStamp, summary: SaveSummary) {
            self.format = format
            self.formatVersion = formatVersion
            self.name = name
            self.player = player
            self.savedAt = savedAt
            self.story = story
            self.summary = summary
        }

        init(_ file: SaveFile) {
            format = file.format
            formatVersion = SaveFile.currentVersion
            name = file.name
            player = file.player
            savedAt = file.savedAt
            story = file.story
            summary = file.summary
        }
    }
}
