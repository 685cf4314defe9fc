import Foundation

/// Lists what is in a saves folder.
public enum FileSystemListing {
    /// The names of the player folders, sorted; links to folders only when asked for (a report
    /// names them as not read).
    public static func playerFolders(in saves: SavesFolder, includingLinks: Bool = false) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: saves.path)) ?? []).filter { name in
            guard !name.hasPrefix(".") else { return false }
            let kind = SafeFile.kind(saves.path + "/" + name)
            return kind == .folder || (includingLinks && kind == .symbolicLink)
        }.sorted()
    }
}

extension SavesFolder {
    /// A story that saves in this folder belong to, and how many players have saves of it.
    public struct StoryInUse: Sendable, Equatable {
        public var id: String
        public var title: String
        public var players: Int
    }

    /// The stories the saves in this folder belong to, by id.
    public func stories() -> [StoryInUse] {
        var found: [String: (title: String, players: Set<String>)] = [:]
        for player in FileSystemListing.playerFolders(in: self) {
            let playerFolder = path + "/" + player
            var files = ((try? FileManager.default.contentsOfDirectory(atPath: playerFolder)) ?? []).filter(SaveStore.isSaveFileName)
                .map { playerFolder + "/" + $0 }
            for sub in (try? FileManager.default.contentsOfDirectory(atPath: playerFolder)) ?? []
            where !sub.hasPrefix(".") && SafeFile.kind(playerFolder + "/" + sub) == .folder {
                files += ((try? FileManager.default.contentsOfDirectory(atPath: playerFolder + "/" + sub)) ?? [])
                    .filter(SaveStore.isSaveFileName).map { playerFolder + "/" + sub + "/" + $0 }
            }
            for file in files {
                guard let story = SaveCodec.story(atPath: file) else { continue }
                found[story.id, default: (story.title, [])].players.insert(player)
            }
        }
        return found.map { StoryInUse(id: $0.key, title: $0.value.title, players: $0.value.players.count) }.sorted { $0.id < $1.id }
    }
}
