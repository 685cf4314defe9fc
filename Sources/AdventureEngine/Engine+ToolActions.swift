import CommandParser
import StoryModel

/// A story that opens a thing only with a tool (`on open {outer-door} with {chisel}`): `open door`
/// and `use chisel on door` reach that action, and the built-in "That's not something you can
/// open." is never said of the door (a blind author's students were sent away from the solution,
/// her `else` text never shown).
extension Engine {
    /// A story action `VERB {X} with {Y}` that applies here, and the slot `Y` takes.
    struct ToolAction {
        let action: Int
        let tool: Pattern.Slot
    }

    /// The story's actions `VERB {X} with {Y}` (any verb when nil) that apply in this scene, X
    /// taking `thing` and Y taking `tool` when it is given: the scene's first, then the global ones.
    func toolActions(_ verb: String?, for thing: ThingIndex, tool: ThingIndex? = nil, state: GameState) -> [ToolAction] {
        let candidates: [Int]
        if let verb { candidates = parser.vocabulary.actionsByCanonicalVerb[verb] ?? [] } else {
            candidates = story.scenes[state.scene].actions + story.globalActions
        }
        var local: [ToolAction] = []
        var global: [ToolAction] = []
        for index in candidates {
            let action = story.actions[index]
            guard action.scene == nil || action.scene == state.scene else { continue }
            for pattern in parser.vocabulary.canonicalPatterns[index] {
                let elements = pattern.elements
                guard elements.count == 4, case .word(let word) = elements[0], verb == nil || word == verb,
                      case .slot(let object) = elements[1], case .word("with") = elements[2], case .slot(let slot) = elements[3],
                      accepts(object, thing), tool.map({ accepts(slot, $0) }) ?? true else { continue }
                let found = ToolAction(action: index, tool: slot)
                if action.scene == nil { global.append(found) } else { local.append(found) }
                break
            }
        }
        return local + global
    }

    private func accepts(_ slot: Pattern.Slot, _ thing: ThingIndex) -> Bool {
        Pattern.accepts(slot, thing, in: story)
    }

    /// `open door` where the story opens it only `with {chisel}`: with the chisel, when it is in
    /// sight or carried ("(with the iron chisel)"); else the action's own refusal, when its guard
    /// fails (`only if holding chisel, else "You need a tool for that."`); else a question what
    /// with. False when the story has no such action. The same for `unlock` and `lock` (a blind
    /// author's `on unlock {door} with {key}`, session 39: `unlock door` with the key in hand had
    /// "That doesn't seem to be something you can unlock.").
    func withTool(_ verb: String, _ thing: ThingIndex, state: inout GameState, turn: inout Turn) -> Bool {
        let actions = toolActions(verb, for: thing, state: state)
        guard !actions.isEmpty else { return false }
        let visible = StateScope(story: story, state: state).visibleThings
        for found in actions {
            guard case .thing(let tool) = found.tool, visible.contains(tool) || state.locations[tool].isWithPlayer else { continue }
            let before = turn.outputs.count
            say("(with \(story.name(of: tool, .definite, in: state)))", &turn)
            if performAction(found.action, slots: [thing, tool], counted: false, on: &state, turn: &turn) != nil { return true }
            turn.outputs.removeSubrange(before...)
        }
        // The tool out of sight: the action's own word on what is missing.
        for found in actions {
            let response = story.actions[found.action].response
            guard !state.holds(response.guardCondition), let refusal = response.refusal else { continue }
            say(refusal, state: state, turn: &turn)
            return true
        }
        let name = story.name(of: thing, .bare)
        turn.outputs.append(.question("What do you want to \(verb) \(story.name(of: thing, .definite)) with? Type '\(verb) \(name) with' and the tool."))
        return true
    }

    /// `use chisel on door` where the story has `open {door} with {chisel}` (or any `VERB {X}
    /// with {Y}` for this thing and tool): that action. False when there is none.
    func useWithTool(_ tool: ThingIndex, on thing: ThingIndex, state: inout GameState, turn: inout Turn) -> Bool {
        for found in toolActions(nil, for: thing, tool: tool, state: state) {
            if performAction(found.action, slots: [thing, tool], counted: false, on: &state, turn: &turn) != nil { return true }
        }
        return false
    }
}
