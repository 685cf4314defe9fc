import CommandParser
import StoryModel

/// "(first taking the sun helmet)": the take that `wear`, `put`, `unlock … with`, and a story
/// action guarded by `holding`, do before their own work. It is the take `take helmet` would do,
/// so the story's own `on take {helmet}` runs (its text, its effects, its refusal), and the verb
/// goes on only when the thing is then held (a blind author's `on take {helmet}` set a flag that
/// `wear hat` skipped).
extension Engine {
    /// Takes the thing as `take X` would and says so first; true when the player then holds it.
    @discardableResult
    func takeFirst(_ thing: ThingIndex, state: inout GameState, turn: inout Turn) -> Bool {
        say("(first taking \(story.name(of: thing, .definite)))", &turn)
        // The implicit take is part of the verb's turn: an action's `continue` that led here is
        // the verb's, not the take's.
        let continuing = turn.continueRequested
        defer { turn.continueRequested = continuing }
        for index in takeActions(of: thing, state: state, ran: turn.actionsRun) {
            let response = story.actions[index].response
            guard state.holds(response.guardCondition) || response.refusal != nil else { continue }
            turn.actionsRun.append(index)
            if state.holds(response.guardCondition) { turn.responsesRun.append(.action(index)) }
            turn.continueRequested = false
            run(response, state: &state, turn: &turn)
            // Without `continue` the action is the whole take: held only if it gave the thing.
            guard turn.continueRequested, state.ending == nil else { return state.locations[thing].isWithPlayer }
            break
        }
        guard !state.locations[thing].isWithPlayer else { return true }
        let item = story.things[thing]
        guard item.isPortable, !item.isPerson else {
            say("You can't take \(story.name(of: thing, .definite, in: state)).", &turn)
            return false
        }
        state.move(thing, to: .carried)
        return true
    }

    /// The story's `on take {X}` actions for this thing that apply here: the scene's first, then
    /// the global ones, in the order written (as the parser tries them for `take X`). An action
    /// already run in this input (`on take {helmet}, wear {helmet}` caught `wear hat`) is not run
    /// again.
    private func takeActions(of thing: ThingIndex, state: GameState, ran: [Int]) -> [Int] {
        guard let all = parser.vocabulary.actionsByCanonicalVerb["take"] else { return [] }
        let fitting = all.filter { index in
            let action = story.actions[index]
            guard action.scene == nil || action.scene == state.scene, !ran.contains(index) else { return false }
            return parser.vocabulary.canonicalPatterns[index].contains { pattern in
                guard pattern.elements.count == 2, case .word("take") = pattern.elements[0],
                      case .slot(let slot) = pattern.elements[1] else { return false }
                // `take {person}` is no take of a thing.
                return !story.things[thing].isPerson && Pattern.accepts(slot, thing, in: story)
            }
        }
        return fitting.filter { story.actions[$0].scene != nil } + fitting.filter { story.actions[$0].scene == nil }
    }
}
