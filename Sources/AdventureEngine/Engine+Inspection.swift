import CommandParser
import StoryModel

/// What authoring tools (the verifier, the linter) need to look at a state the way the engine does,
/// so their idea of scope and conditions never drifts from play.
extension Engine {
    /// The things and people the player can refer to in a state, in the parser's order.
    public func thingsInScope(_ state: GameState) -> [ThingIndex] {
        StateScope(story: story, state: state).visibleThings
    }

    /// True when the condition holds in the state, exactly as the engine decides it in play.
    public func holds(_ condition: Condition, in state: GameState) -> Bool {
        state.holds(condition)
    }

    /// The step for exhaustive searches: like `step(_:_:)`, but the new state keeps no record of
    /// its changes (so nothing can be undone), which keeps millions of states small, and the turn
    /// is not rendered: its outputs keep their kinds (errors, questions, endings, a paragraph where
    /// something was said) but hold no story text, and `him` and `her` are not followed.
    public func searchStep(_ state: GameState, _ input: String) -> (GameState, Turn) {
        var memo: SearchMemo? = nil
        var next = state
        next.beginTurn()
        let turn = perform(PreparedInput(input), on: &next, rendersText: false, memo: &memo)
        next.beginTurn()
        return (next, turn)
    }

    /// `searchStep(_:_:)` on input split into commands once, for a search that plays the same
    /// commands in many states: `scope` is the state's (`searchScope(of:memo:)`, worked out once
    /// for all its moves), and the memo keeps each command's reading per scope.
    public func searchStep(_ state: GameState, _ input: PreparedInput, in scope: SearchScope, memo: inout SearchMemo) -> (GameState, Turn) {
        var next = state
        next.beginTurn()
        memo.firstScope = scope
        // The memo swapped in and out, never copied: a copy retained each of its tables (a few
        // per cent of `verify` of the Elbe story). An empty memo holds no storage of its own.
        var kept: SearchMemo? = SearchMemo()
        swap(&memo, &kept!)
        let turn = perform(input, on: &next, rendersText: false, memo: &kept)
        if case .some = kept { swap(&memo, &kept!) } else { memo = SearchMemo() }
        memo.firstScope = nil
        // Kept states hold no record of changes, not even an empty buffer.
        _ = next.takeJournal()
        return (next, turn)
    }
}

extension Engine {
    /// How the parser reads the first command of a line in a state: its interpretations, in the
    /// order the engine tries them; empty when it is not understood or needs a question answered.
    public func interpretations(of input: String, in state: GameState) -> [Command] {
        interpretations(of: PreparedInput(input), in: state)
    }

    /// `interpretations(of:in:)` for a search: in the state's scope (`searchScope(of:memo:)`),
    /// with the reading kept in the memo that its steps use.
    public func interpretations(of input: PreparedInput, in scope: SearchScope, memo: inout SearchMemo) -> [Command] {
        guard let words = input.allCommands.first else { return [] }
        if case .commands(let list) = memo.parse(words, number: input.searchNumber >= 0 ? SearchMemo.number(input: input.searchNumber, command: 0) : nil,
                                                    in: scope, parser: parser) { return list }
        return []
    }

    /// `interpretations(of:in:)` on input split into commands once.
    public func interpretations(of input: PreparedInput, in state: GameState) -> [Command] {
        guard let words = input.allCommands.first else { return [] }
        if case .commands(let list) = parser.parse(words, scope: StateScope(story: story, state: state)) { return list }
        return []
    }

    /// True when the input is only a request to describe the place (`look`, `l`, `look around`):
    /// typed at "(Press Enter to begin.)", the opening scene just shown answers it, and the
    /// front end does not show the room a second time (the forty-first blind run).
    public func isLookingAround(_ input: String, in state: GameState) -> Bool {
        let prepared = PreparedInput(input)
        guard prepared.allCommands.count == 1 else { return false }
        let commands = interpretations(of: prepared, in: state)
        return !commands.isEmpty && commands.allSatisfy { command in
            if case .verb(.look, let objects, nil, _) = command { return objects.isEmpty }
            return false
        }
    }
}
