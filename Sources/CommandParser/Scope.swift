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
    /// The things `them` refers to: the last group of things or people mentioned together.
    var recentGroup: [ThingIndex] { get }
    /// True for a person, for `him`, `her` and `them` when nobody was mentioned yet.
    func isPerson(_ thing: ThingIndex) -> Bool
}

extension Scope {
    /// The things `them` refers to: the last group of things or people mentioned together.
    public var recentGroup: [ThingIndex] { [] }
    /// True for a person, for `him`, `her` and `them` when nothing was mentioned yet.
    public func isPerson(_ thing: ThingIndex) -> Bool { false }
}
