/// A compass direction or one of the built-in ways (`up`, `down`, `in`, `out`).
public enum Direction: String, CaseIterable, Hashable, Sendable, Codable {
    case north, northeast, east, southeast, south, southwest, west, northwest, up, down, `in`, out

    /// The short form a player may type (`n`, `ne`, …), if there is one.
    public var abbreviation: String? {
        switch self {
        case .north: "n"
        case .northeast: "ne"
        case .east: "e"
        case .southeast: "se"
        case .south: "s"
        case .southwest: "sw"
        case .west: "w"
        case .northwest: "nw"
        case .up: "u"
        case .down: "d"
        case .in, .out: nil
        }
    }

    /// The direction that leads back.
    public var opposite: Direction {
        switch self {
        case .north: .south
        case .northeast: .southwest
        case .east: .west
        case .southeast: .northwest
        case .south: .north
        case .southwest: .northeast
        case .west: .east
        case .northwest: .southeast
        case .up: .down
        case .down: .up
        case .in: .out
        case .out: .in
        }
    }

    /// Finds the direction a word names, full (`north`) or short (`n`).
    public init?(word: String) {
        // One look-up: the parser asks this for words of nearly every command.
        guard let direction = Self.byWord[word] else { return nil }
        self = direction
    }

    /// Every direction under its full and its short name.
    private static let byWord: [String: Direction] = {
        var table: [String: Direction] = [:]
        for direction in allCases {
            table[direction.rawValue] = direction
            if let short = direction.abbreviation { table[short] = direction }
        }
        return table
    }()
}
