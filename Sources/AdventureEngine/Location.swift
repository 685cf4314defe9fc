import StoryModel

/// Where a thing is during play.
public enum Location: Hashable, Sendable {
    case nowhere
    case carried
    case worn
    case scene(SceneIndex)
    /// In or on another thing (a container or a supporter).
    case within(ThingIndex)

    /// True when the player has it, in hand or worn.
    public var isWithPlayer: Bool { self == .carried || self == .worn }
}

extension Location {
    /// True when every index in the location is valid for the story.
    func fits(_ story: Story) -> Bool {
        switch self {
        case .scene(let scene): story.scenes.indices.contains(scene)
        case .within(let holder): story.things.indices.contains(holder)
        case .nowhere, .carried, .worn: true
        }
    }
}

extension Location: Codable {
    /// Written as one short word, `"nowhere"`, `"carried"`, `"worn"`, `"scene 12"` or
    /// `"within 40"` (a save holds one per thing); the object form of saves of format version 1,
    /// `{"scene": {"_0": 12}}`, is read too.
    public init(from decoder: Decoder) throws {
        guard let text = try? decoder.singleValueContainer().decode(String.self) else {
            self = try LegacyLocation(from: decoder).location
            return
        }
        switch text {
        case "nowhere": self = .nowhere
        case "carried": self = .carried
        case "worn": self = .worn
        default:
            let parts = text.split(separator: " ")
            guard parts.count == 2, let index = Int(parts[1]), index >= 0 else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a location: \(text)"))
            }
            switch parts[0] {
            case "scene": self = .scene(index)
            case "within": self = .within(index)
            default: throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a location: \(text)"))
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .nowhere: try container.encode("nowhere")
        case .carried: try container.encode("carried")
        case .worn: try container.encode("worn")
        case .scene(let scene): try container.encode("scene \(scene)")
        case .within(let holder): try container.encode("within \(holder)")
        }
    }

    /// The form Swift derived for this enum before, as saves of format version 1 hold it.
    private enum LegacyLocation: Decodable {
        case nowhere, carried, worn
        case scene(SceneIndex)
        case within(ThingIndex)

        var location: Location {
            switch self {
            case .nowhere: .nowhere
            case .carried: .carried
            case .worn: .worn
            case .scene(let scene): .scene(scene)
            case .within(let holder): .within(holder)
            }
        }
    }
}
