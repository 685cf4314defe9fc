import CommandParser
import StoryModel

/// How the parser read each command in each scope, for a search that plays the same few hundred
/// commands in thousands of states (`Engine.searchStep`).
///
/// The parser is a pure function of the story, the words and the scope (`CommandParser`), so
/// its reading is kept under everything the `Scope` protocol shows it: the scene, the things in
/// sight in order with which the player carries, and what `it`, `him` and `them` refer to.
public struct SearchMemo: Sendable {
    struct Key: Hashable {
        let words: [String]
        let scene: SceneIndex
        /// The things in sight in the scope's order; a carried thing as its bitwise complement.
        let visible: [Int]
        let recentThing: ThingIndex?
        let recentPerson: ThingIndex?
        let recentGroup: [ThingIndex]
    }

    private var outcomes: [Key: ParseOutcome] = [:]

    public init() {}

    /// How many readings are kept.
    public var count: Int { outcomes.count }

    mutating func parse(_ words: [String], scope: StateScope, parser: CommandParser) -> ParseOutcome {
        let key = Key(words: words, scene: scope.scene,
                      visible: scope.visibleThings.map { scope.isCarried($0) ? ~$0 : $0 },
                      recentThing: scope.recentThing, recentPerson: scope.recentPerson, recentGroup: scope.recentGroup)
        if let known = outcomes[key] { return known }
        let outcome = parser.parse(words, scope: scope)
        outcomes[key] = outcome
        return outcome
    }
}
