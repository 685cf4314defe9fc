import AdventureEngine
import Foundation
import SaveGames
import StoryModel

/// What a teacher may read of one student: the journal of their furthest game, and their
/// transcript.
struct StudentRecords {
    let saves: SavesFolder
    let story: Story
    let stamp: StoryStamp

    /// The players with a folder under the saves folder.
    func players() -> [PlayerName] {
        FileSystemListing.playerFolders(in: saves).compactMap { try? PlayerName($0) }
    }

    /// The student's journal from their furthest game (as `elbe-adventure journal` chooses it),
    /// or nil when they have no readable save of this story.
    func journal(of player: PlayerName) -> JournalDocument? {
        let store = SaveStore(saves: saves, player: player, storyID: story.metadata.id)
        let progress = PlayerProgress(listings: store.listings(), restorer: SaveRestorer(story: story, stamp: stamp))
        guard let best = progress.furthest else { return nil }
        var document = JournalDocument(player: best.file.player, storyTitle: story.metadata.title,
                                       facts: best.game.engine.journalEntries(best.game.state), total: story.facts.count,
                                       map: RouteMap.named(story.metadata.id))
        document.from = best.journalSource
        return document
    }

    /// True when the student named `name` (as the class report names them) has a transcript.
    func hasTranscript(of name: String) -> Bool {
        guard let player = try? PlayerName(name) else { return false }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: transcriptPath(of: player), isDirectory: &isFolder) && !isFolder.boolValue
    }

    private func transcriptPath(of player: PlayerName) -> String {
        SaveStore(saves: saves, player: player, storyID: story.metadata.id).folder + "/transcript.txt"
    }

    /// The student's transcript (the last `limit` bytes), or nil when there is none.
    func transcript(of player: PlayerName, limit: Int = 1_000_000) -> String? {
        let path = transcriptPath(of: player)
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > UInt64(limit) ? size - UInt64(limit) : 0)
        guard let data = try? handle.readToEnd() else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
