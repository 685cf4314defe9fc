import AdventureEngine
import StoryModel

/// The moves of each scope, generated and read by the tokenizer once: the moves in a state
/// depend only on its scene and on the things in sight and whether each is carried, worn or
/// neither (`MoveGenerator`), which is what a `SearchScope`'s number stands for, and thousands of
/// states share those; the commands are a few hundred, tried hundreds of thousands of times.
struct PreparedMoves {
    private var inputs: [String: PreparedInput] = [:]
    /// The moves by scope number (empty until that scope is first met).
    private var movesByScope: [[(Move, PreparedInput)]?] = []
    /// The parser's readings and the scopes' numbers, kept for the engine's search steps.
    var memo = SearchMemo()

    mutating func input(_ command: String) -> PreparedInput {
        if let known = inputs[command] { return known }
        var input = PreparedInput(command)
        input.searchNumber = inputs.count
        inputs[command] = input
        return input
    }

    /// The scope of a state, worked out once for all its moves.
    mutating func scope(of state: GameState, engine: Engine) -> SearchScope {
        engine.searchScope(of: state, memo: &memo)
    }

    /// The generator's moves in a state whose scope is `scope`, with their prepared input.
    mutating func moves(in state: GameState, scope: SearchScope, generator: MoveGenerator) -> [(Move, PreparedInput)] {
        if scope.number < movesByScope.count, let known = movesByScope[scope.number] { return known }
        let moves = generator.moves(in: state, inScope: scope.visibleThings).map { ($0, input($0.command)) }
        if scope.number >= movesByScope.count { movesByScope += Array(repeating: nil, count: scope.number + 1 - movesByScope.count) }
        movesByScope[scope.number] = moves
        return moves
    }
}
