import CommandParser
import StoryModel

extension Engine {
    /// The scene's `on any other command` that catches these readings of a command, if any: not
    /// when one of the scene's own actions applies, nor for commands about the game (`score`,
    /// `undo`, `save`), nor for leaving by an exit the scene has.
    func catchAll(for commands: [Command], state: GameState) -> Int? {
        let catchers = catchAllActions[state.scene]
        guard !catchers.isEmpty else { return nil }
        let scene = story.scenes[state.scene]
        for command in commands {
            switch command {
            case .action(let index, _):
                let response = story.actions[index].response
                if story.actions[index].scene == state.scene,
                   state.holds(response.guardCondition) || response.refusal != nil { return nil }
            case .verb(let verb, _, _, _):
                if verb.isOutOfWorld { return nil }
            case .exit:
                return nil
            case .direction(let direction):
                if scene.exits.contains(where: { $0.way == .direction(direction) }) { return nil }
            case .all:
                break
            }
        }
        return catchers.first { index in
            let response = story.actions[index].response
            return state.holds(response.guardCondition) || response.refusal != nil
        }
    }

    /// Takes what an action's guard needs the player to hold, when that is all that stands in the
    /// way and the thing can be taken: "(first taking the green flare)".
    func takeImplicitly(for condition: Condition, state: inout GameState, turn: inout Turn) {
        let missing = Self.heldThings(in: condition).filter { !state.locations[$0].isWithPlayer }
        // What is in sight is worked out only when the guard wants something not yet carried.
        guard !missing.isEmpty else { return }
        let visible = StateScope(story: story, state: state).visibleThings
        var trial = state
        var taken: [ThingIndex] = []
        for thing in missing {
            let item = story.things[thing]
            guard visible.contains(thing), item.isPortable, !item.isPerson else { return }
            trial.move(thing, to: .carried)
            taken.append(thing)
        }
        guard !taken.isEmpty, trial.holds(condition) else { return }
        // Each as `take X` would take it, the story's `on take` included; a take refused stops.
        for thing in taken where !takeFirst(thing, state: &state, turn: &turn) { return }
    }

    /// The things a condition asks the player to hold, through `and`.
    private static func heldThings(in condition: Condition) -> [ThingIndex] {
        switch condition {
        case .holding(let thing): [thing]
        case .and(let a, let b): heldThings(in: a) + heldThings(in: b)
        default: []
        }
    }

    /// After a turn whose text speaks of one person with a pronoun ("Polowsky waits. Talk to
    /// him."), `him` and `her` mean that person.
    func followConversation(_ outputs: ArraySlice<Output>, state: inout GameState) {
        // Who is here is worked out only for a turn that says `him` or `her` (most do not).
        var present: [ThingIndex]?
        // Each output read in place (Output+Peek.swift).
        for index in outputs.indices.reversed() {
            guard let text = outputs[index].paragraphText else { continue }
            guard PronounMentions.mentionsPronoun(text) else { continue }
            let people = present ?? StateScope(story: story, state: state).visibleThings.filter { story.things[$0].isPerson }
            present = people
            guard !people.isEmpty else { return }
            let named = people.filter { isNamed($0, in: text, nameless: true) }
            // "Polowsky is standing by the water with the Soviet soldiers … Talk to him.": a group
            // named beside one person is no `him` (the sixty-fifth blind run: "You can't see any such thing.").
            let one = named.count > 1 ? named.filter { !story.things[$0].isNamedAsMany } : named
            if one.count == 1 { state.core.recentPerson = one[0] }
            if !named.isEmpty { return }
        }
    }

    /// True when the text names the person: by any of their nouns for a proper name, else by
    /// their first noun; a person with no nouns counts as `nameless` says.
    func isNamed(_ person: ThingIndex, in text: String, nameless: Bool) -> Bool {
        let thing = story.things[person]
        if thing.isProperName { return Tokenizer.containsWord(of: thing.nouns, in: text) }
        return thing.nouns.first.map { Tokenizer.containsWord(of: [$0], in: text) } ?? nameless
    }

    /// A turn passes in the scene: its timed events whose time has come happen.
    func passTime(state: inout GameState, turn: inout Turn) {
        // `look through hole` ended the story on the passage's third turn: its `after 3 turns`
        // must not follow the ending (a blind author's transcript).
        guard state.ending == nil else { return }
        state.setTurnsInScene(state.turnsInScene + 1)
        for event in story.scenes[state.scene].world.timedEvents where event.turns == state.turnsInScene {
            let start = turn.outputs.count
            run(event.response, state: &state, turn: &turn)
            if turn.rendersText, turn.outputs.count > start { turn.timedOutputs.append(start..<turn.outputs.count) }
            if state.ending != nil { return }
        }
    }

    /// `wait` and `wait N` (`wait 3`, `wait 3 turns`): time passes, turn by turn, until N turns
    /// have gone by or something happens.
    func waitTurns(_ words: [String], state: inout GameState, turn: inout Turn) {
        turn.outputs.append(.paragraph("Time passes."))
        let wanted = min(words.first.flatMap(Int.init) ?? 1, 100)
        guard wanted > 1 else { return }
        for _ in 1..<wanted {
            let before = turn.outputs.count
            passTime(state: &state, turn: &turn)
            state.core.turns += 1
            if turn.outputs.count > before || state.ending != nil { return }
        }
    }
}
