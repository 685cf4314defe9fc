import Foundation

/// A player's name as a student types it, and the folder name it maps to.
///
/// Any script, spaces allowed, up to 40 characters. Names differing only in case are the same
/// player, and so are names differing only in runs of spaces ("Anna  Maria" is "Anna Maria") or in
/// look-alike forms of letters that Unicode folds together (NFKC: the full-width "Ｍax" is "Max",
/// the ligature "ﬁona" is "fiona"; a curly apostrophe is a straight one). Names that could escape the saves folder or confuse a file
/// system are refused.
public struct PlayerName: Hashable, Sendable, CustomStringConvertible {
    /// The name as typed: trimmed, each run of spaces one space, letters in their NFKC form.
    public let display: String
    /// The name of the player's folder under the saves folder: the name in lower case.
    public let folderName: String
    /// The folder name the name as typed had before spaces and look-alike letters were folded,
    /// when it differs: a folder made under it earlier is still found (`SavesFolder.folder(for:)`).
    public let earlierFolderName: String?

    /// The longest name accepted, in Characters.
    public static let maximumLength = 40

    /// Validates a name.
    /// - Throws: `PlayerNameError` with a sentence saying what is wrong.
    public init(_ raw: String) throws {
        let typed = raw.trimmingWhitespace().precomposedStringWithCanonicalMapping
        let name = Self.folded(typed)
        guard !name.isEmpty else { throw PlayerNameError.empty }
        guard name.count <= Self.maximumLength else { throw PlayerNameError.tooLong(name.count) }
        if let bad = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
            throw PlayerNameError.controlCharacter(bad.value)
        }
        guard name.first != "." else { throw PlayerNameError.startsWithDot }
        if let bad = name.first(where: { !Self.isAllowed($0) }) { throw PlayerNameError.character(bad) }
        display = name
        folderName = Self.folderName(of: name)
        let earlier = typed.count <= Self.maximumLength ? Self.folderName(of: typed) : folderName
        earlierFolderName = earlier == folderName ? nil : earlier
    }

    /// The name with look-alike letters in one form (NFKC, which also makes a no-break or an
    /// ideographic space a space) and each run of spaces inside it one space (tabs and line
    /// breaks stay, to be refused). An ordinary name is left as it is, so its folder is the one
    /// it always had.
    static func folded(_ name: String) -> String {
        let compatible = name.precomposedStringWithCompatibilityMapping
        var out = ""
        var inSpace = false
        for typed in compatible {
            // "O’Brien" as phones and Macs type it is "O'Brien" (the third blind teacher had two
            // students in the table).
            let character: Character = typed == "\u{2019}" || typed == "\u{2018}" || typed == "\u{02BC}" ? "'" : typed
            if character == " " {
                inSpace = true
                continue
            }
            if inSpace, !out.isEmpty { out.append(" ") }
            inSpace = false
            out.append(character)
        }
        return out
    }

    /// The longest folder name in bytes: file systems allow 255, and the folder must leave room.
    static let maximumFolderBytes = 120

    /// The name in lower case; a name too long in bytes for a folder (40 letters of Devanagari or
    /// Chinese can be) keeps its first letters and a digest of the whole, so it is still unique.
    static func folderName(of name: String) -> String {
        let lower = name.lowercased()
        guard lower.utf8.count > maximumFolderBytes else { return lower }
        var prefix = ""
        for character in lower {
            if prefix.utf8.count + character.utf8.count > maximumFolderBytes - 17 { break }
            prefix.append(character)
        }
        return prefix + "-" + SHA256.hex(Array(lower.utf8)).prefix(16)
    }

    public var description: String { display }

    private static func isAllowed(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == " " || character == "-" || character == "_"
            || character == "'" || character == "’" || character == "."
    }
}

/// Why a player name was refused.
public enum PlayerNameError: Error, Equatable, CustomStringConvertible {
    case empty
    case tooLong(Int)
    case controlCharacter(UInt32)
    case startsWithDot
    case character(Character)

    public var description: String {
        switch self {
        case .empty: "Please type a name: it cannot be empty."
        case .tooLong(let count): "That name has \(count) characters; please use at most \(PlayerName.maximumLength)."
        case .controlCharacter: "That name contains an invisible control character; please type it again."
        case .startsWithDot: "A name cannot start with a dot."
        case .character(let character): "A name cannot contain '\(character)'; please use letters, digits, spaces, hyphens, apostrophes and dots."
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
