import StoryModel

/// Where a thing is during play.
public enum Location: Hashable, Sendable, Codable {
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
