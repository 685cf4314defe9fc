import StoryModel

/// A thing's world-model properties as written: `container`, `supporter`, `openable`, `closed`,
/// `locked with KEY`, `scenery`, `light`.
struct ThingWorldSyntax: Sendable {
    var holder: ThingWorld.Holder?
    var isOpenable = false
    var startsOpen = true
    var key: Name?
    var startsLocked = false
    var isScenery = false
    var givesLight = false
}

/// A scene's world-model lines as written: `dark`, `dark unless CONDITION`, `after N turns`.
struct SceneWorldSyntax: Sendable {
    /// Set when the scene is dark; holds the condition that lights it (nil: always dark).
    var dark: (unless: SyntaxCondition?, range: SourceRange)?
    var timedEvents: [(turns: Int, response: ResponseSyntax)] = []
}

/// The story's world-model lines as written: `understand hang as put`, `maximum score 2`.
struct StoryWorldSyntax: Sendable {
    var synonyms: [(word: String, meaning: String)] = []
    var maximumScore: Int?

    mutating func append(_ other: StoryWorldSyntax) {
        synonyms += other.synonyms
        maximumScore = maximumScore ?? other.maximumScore
    }
}
