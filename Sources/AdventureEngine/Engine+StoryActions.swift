import StoryModel

extension Engine {
    /// True when some branch of the response ends the story.
    static func canEnd(_ response: Response) -> Bool {
        response.effects.contains { effect in effect.flattened.contains { if case .end = $0 { true } else { false } } }
    }

    /// Performs a story action with these things in its slots; nil when it does not apply (its
    /// guard failed silently). `counted` is false when the action stands in for a built-in verb
    /// whose turn is already counted (`open door` reaching `on open {door} with {chisel}`).
    func performAction(_ index: Int, slots: [ThingIndex], counted: Bool = true, on state: inout GameState, turn: inout Turn) -> Bool? {
        let response = story.actions[index].response
        if !state.holds(response.guardCondition) {
            takeImplicitly(for: response.guardCondition, state: &state, turn: &turn)
        } else {
            takeImplicitly(forBranchesOf: response, slots: slots, state: &state, turn: &turn)
        }
        guard state.holds(response.guardCondition) || response.refusal != nil else {
            return nil
        }
        // `look through hole` in the dark (Engine+ActionsInTheDark.swift).
        if needsLight(index, slots: slots, state: state, words: turn.commandWords) {
            if counted { state.core.turns += 1 }
            say(Messages.pitchDark, &turn)
            return true
        }
        // `Yes, I was there. We crossed at Strehla at noon.` to the reporter: the first
        // sentence brought the warning ("If you really want to, tell him again"), and the
        // second must not take the choice it warns of before the player has read it (the
        // thirty-seventh blind run). An action that can end the story runs once a line.
        if turn.actionsRun.contains(index), Self.canEnd(response) {
            turn.lineStopped = true
            return true
        }
        turn.actionsRun.append(index)
        if state.holds(response.guardCondition) { turn.responsesRun.append(.action(index)) }
        turn.lastActionWords = turn.commandWords
        remember(slots, in: &state, turn: &turn)
        // `talk to larionov`, the story's own action: Larionov is the one in conversation.
        if case let talkedTo = peopleTalkedToByAction.value[index], !talkedTo.isEmpty, !slots.contains(where: { story.things[$0].isPerson }) {
            let visible = StateScope(story: story, state: state).visibleThings
            let here = talkedTo.filter(visible.contains)
            if here.count == 1 { remember(here, in: &state, turn: &turn) }
        }
        if counted { state.core.turns += 1 }
        run(response, state: &state, turn: &turn)
        return true
    }
}
