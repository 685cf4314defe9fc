import Foundation

/// What a line typed at the game's "What is your name?" means, before it becomes a player.
///
/// Saves belong to the name typed there, so a line taken for a name it was not meant as loses a
/// student's game from sight: a blind student typed `restore party` at the prompt and played on
/// as a new player called "restore party"; a blind teacher's student typed `zoe müller` for
/// "Zoë Müller" and began again with no facts (session 34).
public enum TypedName: Equatable, Sendable {
    /// A name: a player who has played here, or a new one with no name close to theirs.
    case player(PlayerName)
    /// A line that starts with a command of the game (`restore party`, `look`), never a name.
    case command(String)
    /// A new name close to players who have saves here ("zoe muller" for "Zoë Müller"), as
    /// each of them typed theirs.
    case near(PlayerName, [String])
}

extension SavesFolder {
    /// Reads a line typed where the game asks for the player's name.
    /// - Throws: `PlayerNameError` for a line that is no name (empty, too long, only dots).
    public func typedName(_ line: String, storyID: String) throws -> TypedName {
        let words = line.lowercased().split(whereSeparator: \.isWhitespace)
        if let first = words.first, Self.commandWords.contains(String(first)) {
            return .command(String(first))
        }
        let name = try PlayerName(line)
        let folders = FileSystemListing.playerFolders(in: self)
        if folders.contains(name.folderName) || name.earlierFolderName.map(folders.contains) == true { return .player(name) }
        let near = playersSimilar(to: name, storyID: storyID)
        return near.isEmpty ? .player(name) : .near(name, near)
    }

    /// First words of commands a player types in the game that no name starts with (not `go`
    /// or a direction: a name may).
    static let commandWords: Set<String> = ["restore", "load", "save", "saves", "quit", "look", "help", "inventory", "hint",
                                            "journal", "score", "undo", "restart", "examine"]
}
