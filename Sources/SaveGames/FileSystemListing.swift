import Foundation

/// Lists what is in a saves folder.
public enum FileSystemListing {
    /// The names of the player folders, sorted.
    public static func playerFolders(in saves: SavesFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: saves.path)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: saves.path + "/" + name, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }
}
