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
    /// The same readings as `readings`, by a prepared line's number, the command's place in it and
    /// the scope's number packed in one integer (`number(input:command:)`): a lookup hashes one word.
    private var readingsByNumber: [Int: Reading] = [:]
    /// The scope of the state a search step starts in, for its first command (`Engine.searchStep`).
    var firstScope: SearchScope?

    public init() {}

    /// How many readings are kept.
    public var count: Int { readings.count + readingsByRecent.count }

    /// Each scope's number as the parser sees it (`parserNumbers`), by the same key with a worn
    /// thing written as carried: `Scope.isCarried` does not tell them apart, so neither do readings.
    private var parserScopeNumbers: [[Int]: Int] = [:]
    /// For each scope's number, its number as the parser sees it.
    private var parserNumbers: [Int] = []

    /// A scope's number, and its number as the parser sees it.
    mutating func numbers(of scope: StateScope) -> (number: Int, parserNumber: Int) {
        var key = [scope.scene]
        key.reserveCapacity(1 + scope.visibleThings.count)
        for thing in scope.visibleThings {
            switch scope.state.locations[thing] {
            case .carried: key.append(4 * thing + 1)
            case .worn: key.append(4 * thing + 2)
            default: key.append(4 * thing)
            }
        }
        if let known = scopeNumbers[key] { return (known, parserNumbers[known]) }
        let number = scopeNumbers.count
        scopeNumbers[key] = number
        for index in key.indices.dropFirst() where key[index] & 3 == 2 { key[index] -= 1 }
        let parserNumber: Int
        if let known = parserScopeNumbers[key] {
            parserNumber = known
        } else {
            parserNumber = parserScopeNumbers.count
            parserScopeNumbers[key] = parserNumber
        }
        parserNumbers.append(parserNumber)
        return (number, parserNumber)
    }

    /// The parser's reading of a command in a state: in the step's first scope when that is
    /// still unused (the state the step started in), else in the state's own.
    /// A command's number for `parse(_:number:in:parser:)`: the prepared line's `searchNumber`
    /// and the command's place in the line.
    static func number(input: Int, command: Int) -> Int? {
        command < 64 && input < 1 << 24 ? input << 6 | command : nil
    }

    mutating func parse(_ words: [String], number: Int?, in state: GameState, engine: Engine) -> ParseOutcome {
        let scope: SearchScope
        if let first = firstScope {
            scope = first
            firstScope = nil
        } else {
            scope = engine.searchScope(of: state, memo: &self)
        }
        return parse(words, number: number, in: scope, parser: engine.parser)
    }

    /// The parser's reading of a command in a scope already numbered; `number` (when given)
    /// stands for these words and no others.
    mutating func parse(_ words: [String], number: Int?, in scope: SearchScope, parser: CommandParser) -> ParseOutcome {
        guard let number, scope.parserNumber < 1 << 32 else { return parse(words, in: scope, parser: parser) }
        let packed = number << 32 | scope.parserNumber
        switch readingsByNumber[packed] {
        case .whateverRecent(let outcome):
            return outcome
        case .byRecent:
            return parseByRecent(Key(words: words, scope: scope.parserNumber), scope: scope.scope, parser: parser)
        case nil:
            let outcome = parse(words, in: scope, parser: parser)
            readingsByNumber[packed] = readings[Key(words: words, scope: scope.parserNumber)]
            return outcome
        }
    }

    /// The parser's reading of a command in a scope already numbered, kept by its words.
    private mutating func parse(_ words: [String], in scope: SearchScope, parser: CommandParser) -> ParseOutcome {
        let key = Key(words: words, scope: scope.parserNumber)
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
