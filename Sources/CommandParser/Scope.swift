import StoryModel

/// What the player can refer to right now. The engine provides it from the game state.
public protocol Scope {
    /// The scene the player is in.
    var scene: SceneIndex { get }
    /// Things and people the player can see or carries, in a stable order.
    var visibleThings: [ThingIndex] { get }
    /// True when the player carries (or wears) the thing.
    func isCarried(_ thing: ThingIndex) -> Bool
    /// The thing `it`/`them` refers to, if any.
    var recentThing: ThingIndex? { get }
    /// The person `him`/`her` refers to, if any.
    var recentPerson: ThingIndex? { get }
}
