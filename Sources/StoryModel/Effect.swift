/// One thing an action, a topic or a conversation does to the game.
public enum Effect: Hashable, Sendable {
    /// Show text to the player.
    case say(Text)
    case setFlag(FlagIndex)
    case clearFlag(FlagIndex)
    case setCounter(CounterIndex, Int)
    /// Add a (possibly negative) amount to a counter.
    case addToCounter(CounterIndex, Int)
    /// The player now carries the thing.
    case give(ThingIndex)
    /// Put the thing in a scene.
    case move(ThingIndex, to: SceneIndex)
    /// Put the thing in the scene the player is in.
    case moveHere(ThingIndex)
    /// Take the thing out of play.
    case remove(ThingIndex)
    case unlockFact(FactIndex)
    /// Take the player to a scene (as if they had walked there).
    case goTo(SceneIndex)
    /// End the story.
    case end(EndingIndex)
}
