import StoryModel

/// One undoable change to the game state, holding the value before the change.
enum Change: Hashable, Sendable, Codable {
    case location(ThingIndex, Location)
    case flag(FlagIndex, Bool)
    case counter(CounterIndex, Int)
    case visited(SceneIndex, Bool)
    case fact(FactIndex, Int?)
}
