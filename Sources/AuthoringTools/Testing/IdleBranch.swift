import AdventureEngine
import StoryModel

/// An action that ran, but only to say no: its body's `if` chose an `else` (or no branch) that
/// changes nothing, while another branch of the same `if` does something. A blind author's
/// walkthrough step `light candle` with the matches left behind ran `else "You have nothing to
/// light it with."` and `test` listed nothing (session 16): to a walkthrough that is a refusal.
enum IdleBranch {
    /// True when the effects, read in the state before the command, take such a branch.
    static func taken(in effects: [Effect], state: GameState, engine: Engine) -> Bool {
        for effect in effects {
            guard case .branch(let condition, let then, let otherwise) = effect else { continue }
            if engine.holds(condition, in: state) {
                if taken(in: then, state: state, engine: engine) { return true }
            } else {
                if !otherwise.isEmpty, !changes(otherwise), changes(then) { return true }
                if taken(in: otherwise, state: state, engine: engine) { return true }
            }
        }
        return false
    }

    /// True when the effects do more than say something: set, move, award, unlock, end, go, or
    /// let the built-in verb go on.
    static func changes(_ effects: [Effect]) -> Bool {
        effects.contains { effect in
            switch effect {
            case .say: false
            case .branch(_, let then, let otherwise): changes(then) || changes(otherwise)
            case .oneOf(let choices): choices.contains(where: changes)
            default: true
            }
        }
    }
}
