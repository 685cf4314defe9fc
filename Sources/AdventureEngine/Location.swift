import StoryModel

/// Where a thing is during play.
public enum Location: Hashable, Sendable, Codable {
    case nowhere
    case carried
    case worn
    case scene(SceneIndex)

    /// True when the player has it, in hand or worn.
    public var isWithPlayer: Bool { self == .carried || self == .worn }
}
