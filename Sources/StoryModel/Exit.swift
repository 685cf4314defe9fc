/// A way out of a scene: an edge of the scene graph.
public struct Exit: Hashable, Sendable, Codable {
    /// How the player names it.
    public enum Way: Hashable, Sendable, Codable {
        case direction(Direction)
        /// A named way such as "cross the river": each phrase is a list of lowercased words,
        /// articles removed.
        case named([[String]])
    }

    public var way: Way
    /// The phrase to show when listing exits ("north", "cross the river").
    public var label: String
    public var target: SceneIndex
    /// A few words for the exit list ("the road east"), if the author gave them.
    public var summary: String?
    public var guardCondition: Condition
    /// Shown when the guard refuses; nil means a generic refusal.
    public var refusal: Text?
    /// What happens as the player goes this way, before arriving: text, and any effects
    /// (set a flag, unlock a fact, take or give things).
    public var travel: [Effect]
    public var range: SourceRange

    public init(way: Way, label: String, target: SceneIndex, summary: String?, guardCondition: Condition,
                refusal: Text?, travel: [Effect], range: SourceRange) {
        self.way = way
        self.label = label
        self.target = target
        self.summary = summary
        self.guardCondition = guardCondition
        self.refusal = refusal
        self.travel = travel
        self.range = range
    }
}
