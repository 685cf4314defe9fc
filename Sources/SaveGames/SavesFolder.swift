import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where saved games live: one folder per player under a saves folder.
public struct SavesFolder: Sendable, Equatable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Chooses the saves folder: `--saves DIR`, else `ELBE_SAVES`, else `./Saves` when it exists,
    /// else `$XDG_DATA_HOME/elbe-adventure/Saves` (by default `~/.local/share/elbe-adventure/Saves`).
    /// `environment` nil reads the process's variables one by one (`getenv`): building
    /// `ProcessInfo.processInfo.environment` was 0.9 M of the 20.5 M instructions of a start
    /// (docs/performance.md, "Start-up, ninth round").
    public static func resolve(option: String?, environment: [String: String]? = nil,
                               currentDirectory: String = FileManager.default.currentDirectoryPath) -> SavesFolder {
        let variable = { (name: String) -> String? in
            if let environment { return environment[name] }
            return getenv(name).map { String(cString: $0) }
        }
        if let option, !option.isEmpty { return SavesFolder(path: option) }
        if let saves = variable("ELBE_SAVES"), !saves.isEmpty { return SavesFolder(path: saves) }
        var isDirectory: ObjCBool = false
        let local = currentDirectory + "/Saves"
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue {
            return SavesFolder(path: "Saves")
        }
        let dataHome = variable("XDG_DATA_HOME").flatMap { $0.isEmpty ? nil : $0 }
            ?? (variable("HOME") ?? NSHomeDirectory()) + "/.local/share"
        return SavesFolder(path: dataHome + "/elbe-adventure/Saves")
    }

    /// Every folder `resolve` may choose when no `--saves` is given, in its order (the variable,
    /// `./Saves`, the user's data folder), each once: where else to look for a class's saves.
    public static func defaultPlaces(environment: [String: String]? = nil,
                                     currentDirectory: String = FileManager.default.currentDirectoryPath) -> [SavesFolder] {
        let variable = { (name: String) -> String? in
            if let environment { return environment[name] }
            return getenv(name).map { String(cString: $0) }
        }
        var places: [String] = []
        if let saves = variable("ELBE_SAVES"), !saves.isEmpty { places.append(saves) }
        places.append(currentDirectory + "/Saves")
        let dataHome = variable("XDG_DATA_HOME").flatMap { $0.isEmpty ? nil : $0 }
            ?? (variable("HOME") ?? NSHomeDirectory()) + "/.local/share"
        places.append(dataHome + "/elbe-adventure/Saves")
        var seen: Set<String> = []
        return places.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }.map(SavesFolder.init(path:))
    }

    /// The folder of one player: the folder of their name, or, when there is none yet, a folder
    /// made earlier under the name as they type it now, before runs of spaces and look-alike
    /// letters were folded ("anna  maria"), so a student's old game is still found.
    public func folder(for player: PlayerName) -> String {
        path + "/" + folderName(for: player)
    }

    /// The name of the player's folder under this one (see `folder(for:)`).
    public func folderName(for player: PlayerName) -> String {
        guard let earlier = player.earlierFolderName, !SafeFile.exists(path + "/" + player.folderName),
              SafeFile.kind(path + "/" + earlier) == .folder else {
            return player.folderName
        }
        return earlier
    }

    /// Creates the player's folder if needed.
    /// - Throws: `SaveError` with a true sentence when it cannot be made or is a link.
    public func ensureFolder(for player: PlayerName) throws -> String {
        let folder = folder(for: player)
        try Self.createFolder(folder)
        return folder
    }

    /// Creates the saves folder itself if needed (and its parents), so what is kept there from the
    /// first start (the teacher's code) is there at the next.
    /// - Throws: `SaveError` with a true sentence when it cannot be made or is a link.
    public func ensureExists() throws {
        try Self.createFolder(path)
    }

    /// Creates a folder and its parents, refusing a link and saying truly why it cannot be made.
    static func createFolder(_ folder: String) throws {
        switch SafeFile.kind(folder) {
        case .folder: return
        case .symbolicLink: throw SaveError.folderIsLink(folder)
        case .file, .other: throw SaveError.cannotCreateFolder(folder, "a file of that name is in the way")
        case .none: break
        }
        // mkdir one level at a time, so the message names the folder and the system's reason.
        var path = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            path += "/" + component
            if SafeFile.kind(path) == .folder { continue }
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                let code = errno
                let parent = (path as NSString).deletingLastPathComponent
                if code == EACCES || code == EROFS || code == EPERM {
                    throw SaveError.folderNotWritable(parent.isEmpty ? "." : parent, code == EROFS ? "the disk is read-only" : "it is read-only for you")
                }
                if code == ENAMETOOLONG { throw SaveError.cannotCreateFolder(folder, "the name is too long for this disk") }
                throw SaveError.cannotCreateFolder(folder, String(cString: strerror(code)))
            }
        }
        if SafeFile.kind(folder) == .symbolicLink { throw SaveError.folderIsLink(folder) }
    }
}
