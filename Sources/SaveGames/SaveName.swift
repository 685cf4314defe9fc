import Foundation

/// The name of a save as the player types it (`save before the river`), and its file name.
public struct SaveName: Hashable, Sendable, CustomStringConvertible {
    public let display: String
    /// The file name: the name in lower case, with `.save`.
    public let fileName: String

    /// The name of the automatic save.
    public static let autosave = SaveName(trusted: "autosave")

    public init(_ raw: String) throws {
        let name = raw.trimmingWhitespace().precomposedStringWithCanonicalMapping
        guard !name.isEmpty, name.count <= 40, name.first != ".",
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }) else {
            throw SaveError.badSaveName(raw)
        }
        self.init(trusted: name)
    }

    private init(trusted name: String) {
        display = name
        fileName = name.lowercased() + ".save"
    }

    public var description: String { display }
}
