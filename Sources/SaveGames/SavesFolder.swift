import Foundation

/// Where saved games live: one folder per player under a saves folder.
public struct SavesFolder: Sendable, Equatable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Chooses the saves folder: `--saves DIR`, else `ELBE_SAVES`, else `./Saves` when it exists,
    /// else `$XDG_DATA_HOME/elbe-adventure/Saves` (by default `~/.local/share/elbe-adventure/Saves`).
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               currentDirectory: String = FileManager.default.currentDirectoryPath) -> SavesFolder {
        if let option, !option.isEmpty { return SavesFolder(path: option) }
        if let variable = environment["ELBE_SAVES"], !variable.isEmpty { return SavesFolder(path: variable) }
        var isDirectory: ObjCBool = false
        let local = currentDirectory + "/Saves"
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue {
            return SavesFolder(path: "Saves")
        }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return SavesFolder(path: dataHome + "/elbe-adventure/Saves")
    }

    /// The folder of one player.
    public func folder(for player: PlayerName) -> String {
        path + "/" + player.folderName
    }

    /// Creates the player's folder if needed.
    /// - Throws: `SaveError.cannotCreateFolder` when it cannot be made.
    public func ensureFolder(for player: PlayerName) throws -> String {
        let folder = folder(for: player)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SaveError.cannotCreateFolder(folder, error.localizedDescription)
        }
        return folder
    }
}
