import CommandParser
import StoryModel

/// How the parser read each command in each scope, for a search that plays the same few hundred
/// commands in thousands of states (`Engine.searchStep`).
///
/// The parser is a pure function of the story, the words and what it asks of the scope
/// (`CommandParser`), so a reading is kept by the answers to the questions it asked
/// (`ReadingTree`): a command that asked only for the scene is read once per scene, one that asked
/// for the things in sight once per list of them, whatever the player carries or `it` refers to.
public struct SearchMemo: Sendable {
    /// Each scope's number, by its scene and things in sight (a thing carried as `4t+1`, worn
    /// as `4t+2`, else `4t`).
    private var scopeNumbers: [[Int]: Int] = [:]
    /// Each list of things in sight, numbered (the answer to the parser's question for them).
    private var sightNumbers: [[ThingIndex]: Int] = [:]
    /// Each list of people in sight, numbered (the answer to the parser's question for them).
    private var peopleNumbers: [[ThingIndex]: Int] = [:]
    /// The readings, kept by what the parser asked of the scope (`ReadingTree`).
    private var tree = ReadingTree()
    /// The scope of the state a search step starts in, for its first command (`Engine.searchStep`).
    var firstScope: SearchScope?

    public init() {}

    /// How many readings are kept.
    public var count: Int { tree.count }

    /// A scope's number, and the number of its list of things in sight.
    mutating func numbers(of scope: StateScope) -> (number: Int, sightNumber: Int) {
        var key = [scope.scene]
        key.reserveCapacity(1 + scope.visibleThings.count)
        for thing in scope.visibleThings {
            switch scope.locations[thing] {
            case .carried: key.append(4 * thing + 1)
            case .worn: key.append(4 * thing + 2)
            default: key.append(4 * thing)
            }
        }
        let number: Int
        if let known = scopeNumbers[key] {
            number = known
        } else {
            number = scopeNumbers.count
            scopeNumbers[key] = number
        }
        if let known = sightNumbers[scope.visibleThings] { return (number, known) }
        let sight = sightNumbers.count
        sightNumbers[scope.visibleThings] = sight
        return (number, sight)
    }

    /// The number of a list of people in sight.
    mutating func peopleNumber(of people: [ThingIndex]) -> Int {
        if let known = peopleNumbers[people] { return known }
        let number = peopleNumbers.count
        peopleNumbers[people] = number
        return number
    }

    /// A command's number for `parse(_:number:in:parser:)`: the prepared line's `searchNumber`
    /// and the command's place in the line.
    static func number(input: Int, command: Int) -> Int? {
        command < 64 && input < 1 << 24 ? input << 6 | command : nil
    }

    /// The scope of a state in a search step: the step's first scope when that is still unused
    /// (the state the step started in), else the state's own, numbered.
    mutating func scope(of state: GameState, engine: Engine) -> SearchScope {
        if let first = firstScope {
            firstScope = nil
            return first
        }
        return engine.searchScope(of: state, memo: &self)
    }

    /// The parser's reading of a command in a scope already numbered; `number` (when given)
    /// stands for these words and no others.
    mutating func parse(_ words: [String], number: Int?, in scope: SearchScope, parser: CommandParser) -> ParseOutcome {
        tree.reading(of: words, number: number, in: scope, parser: parser)
    }
}
