import AdventureEngine
import Foundation
import StoryModel

/// How far one student got in one story, read from the games in their saves, never from the
/// summaries written beside them (a summary can be edited by hand; the game is checked).
public struct PlayerProgress {
    /// A save and the game it holds.
    public struct PlayedGame {
        public var listing: SaveListing
        public var file: SaveFile
        public var game: Game
        /// The progress of the game itself.
        public var summary: SaveSummary

        /// When the save was last written: the time of its last move, appended moves included
        /// (not the time its game began or its snapshot was written).
        public var lastWritten: String { PlayerProgress.lastWritten(file, path: listing.path) }

        /// The line a printed journal begins with: whose game, which save, and of when.
        public var journalSource: String {
            "From \(file.player)'s furthest game, the save '\(listing.name)' of \(ClassReport.readableTime(lastWritten))."
        }
    }

    /// The furthest game: most facts, then an ending, then most turns, then the newest.
    public var furthest: PlayedGame?
    /// When the student last saved, ISO 8601 in UTC ("" when no save could be read).
    public var lastPlayed: String
    /// The saves that could not be read, with the reason.
    public var problems: [String]
    /// The player's name as the saves give it.
    public var player: String?
    /// The furthest game that reached an ending, when it is not the furthest game: a student who
    /// reached an ending and began again (a blind teacher's report lost Kim's "Red over the River"
    /// when she went further in a new game, session 34).
    public var endedEarlier: PlayedGame?

    /// Reads every save of a player for the restorer's story.
    public init(listings: [SaveListing], restorer: SaveRestorer) {
        var best: PlayedGame?
        var bestEnded: PlayedGame?
        var lastPlayed = "", unmoved = ""
        var problems: [String] = []
        for listing in listings {
            guard let file = listing.file else {
                problems.append(listing.problem ?? "\(listing.path) cannot be read")
                continue
            }
            do {
                let game: Game
                switch try restorer.restore(file, path: listing.path) {
                case .exact(let restored), .replayed(let restored, _, _): game = restored
                }
                let played = PlayedGame(listing: listing, file: file, game: game, summary: SaveSummary(game: game))
                // A game begun and not yet moved in (a new game at a restart, or a piped session
                // that began one) is no move: it keeps the time of the last move, as teachers.md
                // promises (session 34's teacher saw "Last played" move after only `look`s).
                if played.summary.turns > 0 {
                    lastPlayed = max(lastPlayed, Self.lastWritten(file, path: listing.path))
                } else {
                    unmoved = max(unmoved, Self.lastWritten(file, path: listing.path))
                }
                if best.map({ Self.progress(played) > Self.progress($0) }) ?? true { best = played }
                if played.summary.ending != nil, bestEnded.map({ Self.progress(played) > Self.progress($0) }) ?? true { bestEnded = played }
            } catch {
                problems.append("\(error)")
            }
        }
        furthest = best
        endedEarlier = best?.summary.ending == nil ? bestEnded : nil
        // A student who has only joined has the time they joined.
        self.lastPlayed = lastPlayed.isEmpty ? unmoved : lastPlayed
        self.problems = problems
        player = best?.file.player ?? listings.compactMap(\.file?.player).first
    }

    /// When a save was last written: its own time, or for an autosave with moves appended after
    /// its snapshot (which carry no time), the file's modification time when that is later.
    public static func lastWritten(_ file: SaveFile, path: String) -> String {
        guard !file.movesAfterSnapshot.isEmpty,
              let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return file.savedAt }
        return max(file.savedAt, SaveStore.timestamp(modified))
    }

    static func progress(_ played: PlayedGame) -> (Int, Int, Int, String) {
        (played.summary.factsUnlocked.count, played.summary.ending == nil ? 0 : 1, played.summary.turns, played.file.savedAt)
    }
}

extension SaveRestorer {
    /// A restorer for a story whose source text is not at hand: a save of the same story id is
    /// taken as exact when its game fits, else its commands are replayed.
    public init(story: Story) {
        self.init(story: story, stamp: StoryStamp(id: story.metadata.id, version: story.metadata.version,
                                                  title: story.metadata.title, digest: ""))
    }
}
