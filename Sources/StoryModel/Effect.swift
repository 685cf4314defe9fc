/// One thing an action, a topic or a conversation does to the game.
public indirect enum Effect: Hashable, Sendable, Codable {
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
    /// Award points to the player's score.
    case award(Int)
    /// Put the thing in or on another thing.
    case moveWithin(ThingIndex, holder: ThingIndex)
    /// Carry on with the built-in verb the action caught (`continue`).
    case continueBuiltIn
    /// One of several lists of effects, chosen by the story's seeded random numbers.
    case oneOf([[Effect]])
    /// `if … else …` inside an action: the effects of the branch whose condition holds.
    case branch(Condition, then: [Effect], otherwise: [Effect])

    /// This effect and every effect nested in its branches.
    public var flattened: [Effect] {
        if case .branch(_, let then, let otherwise) = self {
            return [self] + then.flatMap(\.flattened) + otherwise.flatMap(\.flattened)
        }
        if case .oneOf(let choices) = self { return [self] + choices.joined().flatMap(\.flattened) }
        return [self]
    }
}
