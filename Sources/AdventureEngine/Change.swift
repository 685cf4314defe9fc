import StoryModel

/// One undoable change to the game state, holding the value before the change.
enum Change: Hashable, Sendable, Codable {
    case location(ThingIndex, Location)
    case flag(FlagIndex, Bool)
    case counter(CounterIndex, Int)
    case visited(SceneIndex, Bool)
    case fact(FactIndex, Int?)
    /// Where the player last saw a thing (GameState+Memory.swift), nil if never: a turn records
    /// only the entries it changes, so undo keeps no copy of the whole memory.
    case seen(ThingIndex, SceneIndex?)
}
