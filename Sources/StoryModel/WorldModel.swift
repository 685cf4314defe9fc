/// What a thing is in the world model: a container or a supporter, open or locked, scenery,
/// a light source.
public struct ThingWorld: Hashable, Sendable, Codable {
    /// What other things can be put in or on it.
    public enum Holder: Hashable, Sendable, Codable {
        /// Things go in it (`put flare in box`); it may open and close.
        case container
        /// Things go on it (`put cloak on hook`).
        case supporter
    }

    public var holder: Holder?
    /// True for a container that can be opened and closed.
    public var isOpenable = false
    /// True for a container that is open when the story starts (containers that cannot be
    /// opened are always open).
    public var startsOpen = true
    /// The key that locks and unlocks it, if any; a locked container starts locked.
    public var key: ThingIndex?
    public var startsLocked = false
    /// Part of the scene: never listed among the things here, and fixed in place.
    public var isScenery = false
    /// Gives light: a scene that is dark is lit while this is here or carried.
    public var givesLight = false

    public init() {}
}

/// What a scene adds to the world model: darkness and timed events.
public struct SceneWorld: Hashable, Sendable, Codable {
    /// When set, the scene is dark unless this holds (or a light source is present).
    /// `.always` never lights it: a scene that is simply `dark`.
    public var litWhen: Condition?
    /// What happens after the player has spent some turns in the scene.
    public var timedEvents: [TimedEvent] = []

    public init() {}
}

/// Something that happens once the player has spent `turns` turns in a scene without leaving.
public struct TimedEvent: Hashable, Sendable, Codable {
    public var turns: Int
    public var response: Response

    public init(turns: Int, response: Response) {
        self.turns = turns
        self.response = response
    }
}

/// What a story adds to the world model: points, verb synonyms, the player.
public struct StoryWorld: Hashable, Sendable, Codable {
    /// The most points the player can score, or nil for a story without points.
    public var maximumScore: Int?
    /// The story's own verb synonyms: `understand hang as put` gives "hang" → "put".
    public var synonyms: [String: String] = [:]
    /// What `examine me` shows, if the story describes the player.
    public var playerDescription: Text?

    public init() {}
}
