import Foundation
import StoryModel

/// A teacher's view of a class: one row per student from their newest save, and a summary of
/// which facts and scenes the class reached.
public struct ClassReport: Sendable {
    public struct Row: Sendable, Equatable {
        public var player: String
        public var furthestScene: String
        public var factsUnlocked: Int
        public var totalFacts: Int
        public var turns: Int
        public var ending: String?
        public var lastPlayed: String
    }

    public struct FactCount: Sendable, Equatable {
        public var id: String
        public var title: String
        public var students: Int
    }

    public struct SceneCount: Sendable, Equatable {
        public var id: String
        public var title: String
        public var students: Int
    }

    public var rows: [Row]
    public var facts: [FactCount]
    /// Scenes by how many students reached them, fewest first.
    public var leastReachedScenes: [SceneCount]
    /// Files that could not be read, with the reason (never changed on disk).
    public var problems: [String]

    /// Reads every player's saves under the saves folder; each student's row shows their furthest
    /// save (most facts, then an ending, then most turns) and when they last played.
    /// - Complexity: decodes only the summary of each save.
    public init(saves: SavesFolder, story: Story, player: PlayerName? = nil) {
        let sceneIndex = Dictionary(story.scenes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [Row] = []
        var factCounts = [Int](repeating: 0, count: story.facts.count)
        var sceneCounts = [Int](repeating: 0, count: story.scenes.count)
        let factIndex = Dictionary(story.facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [String] = []
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: saves.path)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .filter { player == nil || $0 == player?.folderName }
            .sorted()
        for folder in folders {
            let path = saves.path + "/" + folder
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            var best: SaveSummaryRecord?
            var lastPlayed = ""
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            where name.hasSuffix(".save") && !name.hasPrefix(".") {
                do {
                    let record = try SaveSummaryRecord.read(path: path + "/" + name, storyID: story.metadata.id)
                    lastPlayed = max(lastPlayed, record.savedAt)
                    if best.map({ record.progress > $0.progress }) ?? true { best = record }
                } catch {
                    problems.append("\(error)")
                }
            }
            guard var save = best else { continue }
            save.savedAt = lastPlayed
            let visited = save.summary.visitedScenes.compactMap { sceneIndex[$0] }
            let furthest = visited.max().map { story.scenes[$0].title } ?? save.summary.sceneTitle
            for scene in Set(visited) { sceneCounts[scene] += 1 }
            let unlocked = Set(save.summary.factsUnlocked.compactMap { factIndex[$0] })
            for fact in unlocked { factCounts[fact] += 1 }
            rows.append(Row(player: save.player, furthestScene: furthest, factsUnlocked: unlocked.count,
                            totalFacts: story.facts.count, turns: save.summary.turns, ending: save.summary.endingTitle,
                            lastPlayed: save.savedAt))
        }
        self.rows = rows.sorted { Self.sortKey($0.player) < Self.sortKey($1.player) }
        facts = story.facts.enumerated().map { FactCount(id: $1.id, title: $1.title, students: factCounts[$0]) }
        leastReachedScenes = story.scenes.enumerated()
            .map { SceneCount(id: $1.id, title: $1.title, students: sceneCounts[$0]) }
            .enumerated().sorted { ($0.element.students, $0.offset) < ($1.element.students, $1.offset) }
            .map(\.element)
        self.problems = problems.sorted()
    }
}

extension ClassReport {
    /// Names sorted as a class list is: ignoring case and accents.
    static func sortKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// The parts of a save a report reads.
struct SaveSummaryRecord: Decodable {
    var format: String
    var formatVersion: Int
    var story: StoryStamp
    var player: String
    var savedAt: String
    var summary: SaveSummary

    /// How far a save got, for choosing a student's best save: facts, then an ending, then turns,
    /// then the newest.
    var progress: (Int, Int, Int, String) {
        (summary.factsUnlocked.count, summary.ending == nil ? 0 : 1, summary.turns, savedAt)
    }

    static func read(path: String, storyID: String) throws -> SaveSummaryRecord {
        guard let data = FileManager.default.contents(atPath: path) else { throw SaveError.unreadable(path, "the file cannot be opened") }
        guard let record = try? JSONDecoder().decode(SaveSummaryRecord.self, from: data), record.format == SaveFile.formatName else {
            _ = try SaveCodec.decode(data, path: path, storyID: storyID)
            throw SaveError.unreadable(path, "it is damaged")
        }
        guard record.formatVersion <= SaveFile.currentVersion else {
            throw SaveError.newerFormat(path: path, version: record.formatVersion, supported: SaveFile.currentVersion)
        }
        guard record.story.id == storyID else { throw SaveError.foreignStory(path: path, storyID: record.story.id, expected: storyID) }
        return record
    }
}
