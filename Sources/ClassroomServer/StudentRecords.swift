import AdventureEngine
import Foundation
import SaveGames
import StoryModel

/// What a teacher may read of one student: the journal of their newest readable save, and their
/// transcript.
struct StudentRecords {
    let saves: SavesFolder
    let story: Story
    let stamp: StoryStamp

    /// The players with a folder under the saves folder.
    func players() -> [PlayerName] {
        FileSystemListing.playerFolders(in: saves).compactMap { try? PlayerName($0) }
    }

    /// The student's journal, or nil when they have no readable save of this story.
    func journal(of player: PlayerName) -> JournalDocument? {
        let store = SaveStore(saves: saves, player: player)
        for listing in store.listings() {
            guard let file = listing.file, file.story.id == story.metadata.id,
                  let outcome = try? SaveRestorer(story: story, stamp: stamp).restore(file, path: listing.path) else { continue }
            let game: Game
            switch outcome {
            case .exact(let restored), .replayed(let restored, _, _): game = restored
            }
            return JournalDocument(player: file.player, storyTitle: story.metadata.title,
                                   facts: game.engine.journalEntries(game.state), total: story.facts.count)
        }
        return nil
    }

    /// The student's transcript (the last `limit` bytes), or nil when there is none.
    func transcript(of player: PlayerName, limit: Int = 1_000_000) -> String? {
        let path = saves.folder(for: player) + "/transcript.txt"
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > UInt64(limit) ? size - UInt64(limit) : 0)
        guard let data = try? handle.readToEnd() else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
