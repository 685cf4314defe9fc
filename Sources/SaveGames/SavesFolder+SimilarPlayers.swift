import Foundation
import StoryModel

extension SavesFolder {
    /// The players whose names are close to one that has no saves here: the same letters without
    /// their accents ("maria jose" for "María José"), or a letter or two apart ("Kim Le" for
    /// "Kim Lee"), for a teacher's "did you mean". Each is named as the student typed it (from a
    /// save of the story), else by their folder.
    public func playersSimilar(to player: PlayerName, storyID: String) -> [String] {
        let typed = Self.plain(player.folderName)
        let allowed = typed.count >= 8 ? 2 : typed.count >= 4 ? 1 : 0
        return FileSystemListing.playerFolders(in: self).filter { folder in
            guard folder != player.folderName else { return false }
            let candidate = Self.plain(folder)
            return candidate == typed || (allowed > 0 && EditDistance.distance(candidate, typed) <= allowed)
        }.map { folder in
            SaveStore.listings(playerFolder: path + "/" + folder, storyID: storyID).lazy.compactMap(\.file?.player).first ?? folder
        }
    }

    /// A name without accents or case, to compare.
    private static func plain(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
