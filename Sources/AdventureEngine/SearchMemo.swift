import CommandParser
import StoryModel

/// How the parser read each command in each scope, for a search that plays the same few hundred
/// commands in thousands of states (`Engine.searchStep`).
///
/// The parser is a pure function of the story, the words and the scope (`CommandParser`), so
/// its reading is kept under everything the `Scope` protocol shows it: the scene, the things in
/// sight in order with which the player carries (numbered once per state, `SearchScope`), and
/// what `it`, `him` and `them` refer to. Most readings never look at those three (the words hold
/// no pronoun), and those are kept for every state whatever the three are.
public struct SearchMemo: Sendable {
    struct Key: Hashable {
        let words: [String]
        let scope: Int
    }

    struct RecentKey: Hashable {
        let key: Key
        let recentThing: ThingIndex?
        let recentPerson: ThingIndex?
        let recentGroup: [ThingIndex]
    }

    enum Reading {
        /// The parser did not ask what `it`, `him` or `them` refer to: the outcome holds for all.
        case whateverRecent(ParseOutcome)
        /// The outcome depends on what they refer to (`readingsByRecent`).
        case byRecent
    }

    /// Each scope's number, by its scene and things in sight (a thing carried as `4t+1`, worn
    /// as `4t+2`, else `4t`).
    private var scopeNumbers: [[Int]: Int] = [:]
    private var readings: [Key: Reading] = [:]
    private var readingsByRecent: [RecentKey: ParseOutcome] = [:]
    /// The scope of the state a search step starts in, for its first command (`Engine.searchStep`).
    var firstScope: SearchScope?

    public init() {}

    /// How many readings are kept.
    public var count: Int { readings.count + readingsByRecent.count }

    mutating func number(of scope: StateScope) -> Int {
        var key = [scope.scene]
        key.reserveCapacity(1 + scope.visibleThings.count)
        for thing in scope.visibleThings {
            switch scope.state.locations[thing] {
            case .carried: key.append(4 * thing + 1)
            case .worn: key.append(4 * thing + 2)
            default: key.append(4 * thing)
            }
        }
        if let known = scopeNumbers[key] { return known }
        let number = scopeNumbers.count
        scopeNumbers[key] = number
        return number
    }

    /// The parser's reading of a command in a state: in the step's first scope when that is
    /// still unused (the state the step started in), else in the state's own.
    mutating func parse(_ words: [String], in state: GameState, engine: Engine) -> ParseOutcome {
        let scope: SearchScope
        if let first = firstScope {
            scope = first
            firstScope = nil
        } else {
            scope = engine.searchScope(of: state, memo: &self)
        }
        return parse(words, in: scope, parser: engine.parser)
    }

    /// The parser's reading of a command in a scope already numbered.
    mutating func parse(_ words: [String], in scope: SearchScope, parser: CommandParser) -> ParseOutcome {
        let key = Key(words: words, scope: scope.number)
        switch readings[key] {
        case .whateverRecent(let outcome):
            return outcome
        case .byRecent:
            return parseByRecent(key, scope: scope.scope, parser: parser)
        case nil:
            let watched = WatchedScope(scope.scope)
            let outcome = parser.parse(words, scope: watched)
            if watched.readRecent {
                readings[key] = .byRecent
                return parseByRecent(key, scope: scope.scope, parser: parser)
            }
            readings[key] = .whateverRecent(outcome)
            return outcome
        }
    }

    private mutating func parseByRecent(_ key: Key, scope: StateScope, parser: CommandParser) -> ParseOutcome {
        let recentKey = RecentKey(key: key, recentThing: scope.recentThing, recentPerson: scope.recentPerson,
                                  recentGroup: scope.recentGroup)
        if let known = readingsByRecent[recentKey] { return known }
        let outcome = parser.parse(key.words, scope: scope)
        readingsByRecent[recentKey] = outcome
        return outcome
    }
}

/// A scope that notes whether the parser asked what `it`, `him` or `them` refer to.
private final class WatchedScope: Scope {
    let base: StateScope
    private(set) var readRecent = false

    init(_ base: StateScope) { self.base = base }

    var scene: SceneIndex { base.scene }
    var visibleThings: [ThingIndex] { base.visibleThings }
    func isCarried(_ thing: ThingIndex) -> Bool { base.isCarried(thing) }
    var recentThing: ThingIndex? { readRecent = true; return base.recentThing }
    var recentPerson: ThingIndex? { readRecent = true; return base.recentPerson }
    var recentGroup: [ThingIndex] { readRecent = true; return base.recentGroup }
    func isPerson(_ thing: ThingIndex) -> Bool { base.isPerson(thing) }
}
