/// What can go wrong with saved games; each case is one sentence for the player or teacher.
public enum SaveError: Error, Equatable, CustomStringConvertible {
    case cannotCreateFolder(String, String)
    case cannotWrite(String, String)
    case notFound(String)
    case unreadable(String, String)
    case foreignStory(path: String, storyID: String, expected: String)
    case newerFormat(path: String, version: Int, supported: Int)
    case doesNotFit(String)
    case alreadyPlaying(String)
    case badSaveName(String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): "Cannot create the saves folder \(path): \(reason)."
        case .cannotWrite(let path, let reason): "Cannot write the save \(path): \(reason). Your game is still running; try saving again."
        case .notFound(let name): "There is no save called '\(name)'. Type 'saves' to list your saves."
        case .unreadable(let path, let reason): "The save \(path) cannot be read: \(reason). The file was left untouched."
        case .foreignStory(let path, let storyID, let expected): "The save \(path) belongs to another story ('\(storyID)'), not to '\(expected)'."
        case .newerFormat(let path, let version, let supported): "The save \(path) was written by a newer version of elbe-adventure (save format \(version); this version reads up to \(supported)). Please update elbe-adventure to load it."
        case .doesNotFit(let path): "The save \(path) does not fit this story. The file was left untouched."
        case .alreadyPlaying(let player): "\(player) is already playing in another window. Close the other game first, or choose another name."
        case .badSaveName(let name): "'\(name)' cannot be used as a save name; please use letters, digits, spaces and hyphens."
        }
    }
}
