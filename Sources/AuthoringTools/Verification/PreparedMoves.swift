import AdventureEngine
import StoryModel

/// The moves of each scope, generated and read by the tokenizer once: the moves in a state
/// depend only on its scene and on the things in sight and where each is (`MoveGenerator`), and
/// thousands of states share those; the commands are a few hundred, tried hundreds of thousands
/// of times.
struct PreparedMoves {
    private var inputs: [String: PreparedInput] = [:]
    private var movesByScope: [[Int]: [(Move, PreparedInput)]] = [:]
    /// The parser's readings, kept for the engine's search steps.
    var memo: SearchMemo? = SearchMemo()

    mutating func input(_ command: String) -> PreparedInput {
        if let known = inputs[command] { return known }
        let input = PreparedInput(command)
        inputs[command] = input
        return input
    }

    /// The generator's moves in a state, with their prepared input.
    mutating func moves(in state: GameState, generator: MoveGenerator) -> [(Move, PreparedInput)] {
        let key = generator.scopeKey(state)
        if let known = movesByScope[key] { return known }
        let moves = generator.moves(in: state).map { ($0, input($0.command)) }
        movesByScope[key] = moves
        return moves
    }
}
