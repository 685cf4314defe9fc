/// A test on the game state that guards an exit, an action, a topic, a hint or a piece of text.
public indirect enum Condition: Hashable, Sendable, Codable {
    /// Always true (the guard of something unguarded).
    case always
    /// The player carries the thing (worn things count as carried).
    case holding(ThingIndex)
    /// The player wears the thing.
    case wearing(ThingIndex)
    /// The player has been in the scene at least once.
    case visited(SceneIndex)
    /// The player is in the scene now.
    case isIn(SceneIndex)
    /// The fact is in the player's journal.
    case factUnlocked(FactIndex)
    /// The flag is set.
    case flag(FlagIndex)
    /// A counter compared with a number.
    case compare(CounterIndex, Comparison, Int)
    /// Where a thing is.
    case thingAt(ThingIndex, ThingPlace)
    /// The person is here and is the one the player is talking to (the one `him`/`her` means).
    case talkingTo(ThingIndex)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
}

/// How a counter is compared with a number.
public enum Comparison: String, Hashable, Sendable, CaseIterable, Codable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Applies the comparison.
    public func holds(_ lhs: Int, _ rhs: Int) -> Bool {
        switch self {
        case .equal: lhs == rhs
        case .notEqual: lhs != rhs
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .greater: lhs > rhs
        case .greaterOrEqual: lhs >= rhs
        }
    }
}

/// Where a condition expects a thing to be.
public enum ThingPlace: Hashable, Sendable, Codable {
    /// In the named scene.
    case scene(SceneIndex)
    /// In the scene the player is in.
    case here
    /// Carried (or worn) by the player.
    case carried
    /// Out of play.
    case nowhere
    /// In or on another thing (a container or a supporter).
    case within(ThingIndex)
}
