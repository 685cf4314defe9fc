/// What can go wrong with saved games; each case is one sentence for the player or teacher.
public enum SaveError: Error, Equatable, CustomStringConvertible {
    case cannotCreateFolder(String, String)
    /// The folder exists but nothing can be written in it (read-only, or not the player's).
    case folderNotWritable(String, String)
    /// A player's or story's folder is a symbolic link, which could lead to another student's saves.
    case folderIsLink(String)
    case cannotWrite(String, String)
    case notFound(String)
    /// The autosave is gone (deleted by hand), though its backup may still be there.
    case missing(String)
    case unreadable(String, String)
    /// A save that is a symbolic link: never followed, so no save can be another student's.
    case symbolicLink(String)
    case foreignStory(path: String, storyID: String, expected: String)
    case newerFormat(path: String, version: Int, supported: Int)
    case doesNotFit(String)
    case alreadyPlaying(String)
    case badSaveName(String)

    /// True for a saves folder that cannot be written: the game can still be played, unsaved.
    public var allowsPlayingWithoutSaving: Bool {
        switch self {
        case .folderNotWritable, .cannotCreateFolder: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): "Cannot create the saves folder \(path): \(reason)."
        case .folderNotWritable(let path, let reason): "The saves folder \(path) cannot be written to (\(reason)), so your game cannot be saved there."
        case .folderIsLink(let path): "The saves folder \(path) is a link to another place; saves are never read or written through a link."
        case .cannotWrite(let path, let reason): "Cannot write the save \(path): \(reason). Your game is still running; try saving again."
        case .notFound(let name): "There is no save called '\(name)'. Type 'saves' to list your saves."
        case .missing(let path): "The autosave \(path) is missing."
        case .unreadable(let path, let reason): "The save \(path) cannot be read: \(reason). The file was left untouched."
        case .symbolicLink(let path): "The save \(path) is a link to another file; links are never followed, so it was not read. The file was left untouched."
        case .foreignStory(let path, let storyID, let expected): "The save \(path) belongs to another story ('\(storyID)'), not to '\(expected)'."
        case .newerFormat(let path, let version, let supported): "The save \(path) was written by a newer version of elbe-adventure (save format \(version); this version reads up to \(supported)). Please update elbe-adventure to load it."
        case .doesNotFit(let path): "The save \(path) does not fit this story. The file was left untouched."
        case .alreadyPlaying(let player): "\(player) is already playing in another window. Close the other game first, or choose another name."
        case .badSaveName(let name): "'\(name)' cannot be used as a save name; please use letters, digits, spaces and hyphens."
        }
    }
}
