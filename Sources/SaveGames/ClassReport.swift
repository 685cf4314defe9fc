import AdventureEngine
import Foundation
import StoryModel

/// A teacher's view of a class: one row per student from their furthest game, and a summary of
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
        /// How many of the student's saves could not be read (the row is kept, marked).
        public var unreadableSaves: Int = 0
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
    /// Saves in the folder that belong to other stories: story id and title → number of students.
    public var otherStories: [OtherStory]

    public struct OtherStory: Sendable, Equatable {
        public var id: String
        public var title: String
        public var students: Int
    }

    /// Reads every player's saves of the story under the saves folder; each student's row shows
    /// their furthest game (most facts, then an ending, then most turns), read from the game
    /// itself, and when they last played.
    /// - Parameter stamp: the story's stamp, when its source is at hand (saves of the same text
    ///   are then restored exactly, others replayed).
    /// - Parameter cache: the parts of the students read for an earlier report of this story; a
    ///   student whose save files have not changed since is not read again.
    public init(saves: SavesFolder, story: Story, stamp: StoryStamp? = nil, player: PlayerName? = nil, cache: Cache? = nil) {
        // One engine for every save read, rather than one built per save.
        let restorer = SaveRestorer(engine: Engine(story: story), stamp: stamp ?? SaveRestorer(story: story).stamp)
        let sceneIndex = Dictionary(story.scenes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let factIndex = Dictionary(story.facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [Row] = []
        var factCounts = [Int](repeating: 0, count: story.facts.count)
        var sceneCounts = [Int](repeating: 0, count: story.scenes.count)
        var problems: [String] = []
        let folders = FileSystemListing.playerFolders(in: saves, includingLinks: true)
            .filter { folder in player.map { saves.folderName(for: $0) == folder } ?? true }
        for folder in folders {
            let playerFolder = saves.path + "/" + folder
            guard !SafeFile.isSymbolicLink(playerFolder) else {
                problems.append("The folder \(playerFolder) is a link to another place; it was not read.")
                continue
            }
            let read = {
                Self.part(folder: folder, playerFolder: playerFolder, story: story, restorer: restorer,
                          sceneIndex: sceneIndex, factIndex: factIndex)
            }
            let part = cache.map {
                $0.part(folder: folder, signature: FileStamp.saves(playerFolder: playerFolder, storyID: story.metadata.id), read: read)
            } ?? read()
            guard let part else { continue }
            rows.append(part.row)
            problems += part.problems
            for scene in part.visitedScenes { sceneCounts[scene] += 1 }
            for fact in part.unlockedFacts { factCounts[fact] += 1 }
        }
        if player == nil { cache?.keepOnly(Set(folders)) }
        self.rows = rows.sorted { Self.sortKey($0.player) < Self.sortKey($1.player) }
        facts = story.factsInTextOrder.map { FactCount(id: story.facts[$0].id, title: story.facts[$0].title, students: factCounts[$0]) }
        leastReachedScenes = story.scenes.enumerated()
            .map { SceneCount(id: $1.id, title: $1.title, students: sceneCounts[$0]) }
            .enumerated().sorted { ($0.element.students, $0.offset) < ($1.element.students, $1.offset) }
            .map(\.element)
        self.problems = problems.sorted()
        otherStories = (cache?.stories(in: saves) ?? saves.stories()).filter { $0.id != story.metadata.id }
            .map { OtherStory(id: $0.id, title: $0.title, students: $0.players) }
    }
}

extension ClassReport {
    /// One student's part of the report, read from their saves; nil when they have no save of the story.
    static func part(folder: String, playerFolder: String, story: Story, restorer: SaveRestorer,
                     sceneIndex: [String: Int], factIndex: [String: Int]) -> PlayerPart? {
        let listings = SaveStore.listings(playerFolder: playerFolder, storyID: story.metadata.id)
        guard !listings.isEmpty else { return nil }
        let progress = PlayerProgress(listings: listings, restorer: restorer)
        guard let best = progress.furthest else {
            return PlayerPart(row: Row(player: progress.player ?? folder, furthestScene: "(no save can be read)", factsUnlocked: 0,
                                       totalFacts: story.facts.count, turns: 0, ending: nil, lastPlayed: "",
                                       unreadableSaves: progress.problems.count),
                              visitedScenes: [], unlockedFacts: [], problems: progress.problems)
        }
        let summary = best.summary
        let visited = summary.visitedScenes.compactMap { sceneIndex[$0] }
        let furthest = visited.max().map { story.scenes[$0].title } ?? summary.sceneTitle
        let unlocked = Set(summary.factsUnlocked.compactMap { factIndex[$0] })
        return PlayerPart(row: Row(player: best.file.player, furthestScene: furthest, factsUnlocked: unlocked.count,
                                   totalFacts: story.facts.count, turns: summary.turns,
                                   ending: summary.endingTitle ?? progress.endedEarlier?.summary.endingTitle.map { "\($0) (an earlier game)" },
                                   lastPlayed: progress.lastPlayed, unreadableSaves: progress.problems.count),
                          visitedScenes: Set(visited), unlockedFacts: unlocked, problems: progress.problems)
    }

    /// Names sorted as a class list is: ignoring case and accents.
    static func sortKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
