import StoryModel

extension Engine {
    /// Moves the player into a scene and describes it: heading, first-visit or revisit text,
    /// what lies here, the ways on, and the scene's facts.
    func enter(_ scene: SceneIndex, state: inout GameState, turn: inout Turn) {
        if state.core.scene != scene { state.core.previousScene = state.core.scene }
        state.core.scene = scene
        let isFirstVisit = !state.visited.contains(scene)
        state.markVisited(scene)
        state.setTurnsInScene(0)
        let item = story.scenes[scene]
        if Light(story: story, state: state).isDark {
            describeDarkness(turn: &turn)
            for fact in item.facts { unlock(fact, state: &state, turn: &turn) }
            return
        }
        turn.outputs.append(.heading(title: item.title, when: item.when, place: item.place))
        if isFirstVisit {
            say(item.firstVisit, state: state, turn: &turn)
            say(item.description, state: state, turn: &turn)
        } else if state.verbosity == 1 {
            say(item.description.isEmpty ? item.revisit : item.description, state: state, turn: &turn)
        } else if state.verbosity == 0 {
            say(item.revisit.isEmpty ? item.description : item.revisit, state: state, turn: &turn)
        }
        describeContents(state: state, turn: &turn)
        listExits(state: state, turn: &turn)
        for fact in item.facts { unlock(fact, state: &state, turn: &turn) }
    }

    /// What `look` would show, as a turn of its own (after a restore).
    public func lookTurn(_ state: GameState) -> Turn {
        var turn = Turn()
        look(state: state, turn: &turn)
        return turn
    }

    /// `look`: the scene again, without its first-visit text.
    func look(state: GameState, turn: inout Turn) {
        let item = story.scenes[state.scene]
        if Light(story: story, state: state).isDark { return describeDarkness(turn: &turn) }
        turn.outputs.append(.heading(title: item.title, when: item.when, place: item.place))
        let text = item.description.isEmpty ? (item.revisit.isEmpty ? item.firstVisit : item.revisit) : item.description
        say(text, state: state, turn: &turn)
        describeContents(state: state, turn: &turn)
        listExits(state: state, turn: &turn)
    }

    /// The things and people here: their `here` text, or a list of the rest.
    private func describeContents(state: GameState, turn: inout Turn) {
        var listed: [String] = []
        for thing in state.things(at: .scene(state.scene)) {
            // Asked in place, not copied (docs/performance.md, "Start-up, twentieth round").
            if let here = story.things[thing].hereText, !state.isHandled(thing) {
                say(here, state: state, turn: &turn)
            } else if story.things[thing].world.isScenery {
                // Part of the scene: its description mentions it.
            } else if story.things[thing].isPerson {
                turn.outputs.append(.paragraph("\(story.capitalizedName(of: thing, .indefinite, in: state)) \(story.agree(thing, "is")) here."))
            } else if story.things[thing].isPortable {
                listed.append(story.name(of: thing, .indefinite, in: state))
            }
        }
        if !listed.isEmpty {
            turn.outputs.append(.paragraph("You can also see \(Story.list(listed)) here."))
        }
        for holder in state.things(at: .scene(state.scene)) where story.things[holder].world.holder != nil {
            if let sentence = contentsSentence(of: holder, state: state) { turn.outputs.append(.paragraph(sentence)) }
        }
    }

    func listExits(state: GameState, turn: inout Turn) {
        let exits = story.scenes[state.scene].exits
        var labels: [ExitLabel] = []
        for exit in exits where !labels.contains(where: { $0.command == exit.label }) {
            labels.append(ExitLabel(command: exit.label, summary: exit.summary))
        }
        if !labels.isEmpty { turn.outputs.append(.exits(labels)) }
    }

    /// Goes by compass direction.
    func go(_ direction: Direction, state: inout GameState, turn: inout Turn) -> Bool {
        let exits = story.scenes[state.scene].exits.indices.filter { story.scenes[state.scene].exits[$0].way == .direction(direction) }
        guard let first = exits.first else {
            let ways = story.scenes[state.scene].exits.map(\.label)
            let hint = ways.isEmpty ? "" : " From here you can go: \(Story.list(ways, conjunction: "or"))."
            turn.outputs.append(.error("You can't go \(direction.rawValue) from here.\(hint)"))
            return false
        }
        let open = exits.first { state.holds(story.scenes[state.scene].exits[$0].guardCondition) }
        return travel(open ?? first, state: &state, turn: &turn)
    }

    /// `back`: the way to the scene the player came from, if one leads there.
    func goBack(state: inout GameState, turn: inout Turn) -> Bool {
        let exits = story.scenes[state.scene].exits
        guard let previous = state.core.previousScene, let index = exits.firstIndex(where: { $0.target == previous }) else {
            // `go back` where one named way says so ("go back to misenum"): that way (a blind
            // author's Vesuvius story had "There is no way back from here. … go back to misenum").
            let saysBack = exits.indices.filter { index in
                guard case .named(let phrases) = exits[index].way else { return false }
                return phrases.contains { $0.contains("back") }
            }
            if saysBack.count == 1 { return travel(saysBack[0], state: &state, turn: &turn) }
            // The one way out of here, whichever way it points: a blind student at the Torgau
            // bridge read "There is no way back from here. From here you can go: west." (session 27).
            if exits.count == 1, state.holds(exits[0].guardCondition) {
                say("(\(exits[0].label))", &turn)
                return travel(0, state: &state, turn: &turn)
            }
            let ways = exits.map(\.label)
            let hint = ways.isEmpty ? "" : " From here you can go: \(Story.list(ways, conjunction: "or"))."
            turn.outputs.append(.error("There is no way back from here.\(hint)"))
            return false
        }
        return travel(index, state: &state, turn: &turn)
    }

    /// Takes an exit of the current scene, if its guard allows.
    func travel(_ index: Int, state: inout GameState, turn: inout Turn) -> Bool {
        let exit = story.scenes[state.scene].exits[index]
        guard state.holds(exit.guardCondition) else {
            if let refusal = exit.refusal {
                let start = turn.outputs.count
                say(refusal, state: state, turn: &turn)
                // `where are you going` next is put to the one who said no (Engine+SpeakerOfARefusal.swift).
                if turn.rendersText { noteSpeaker(ofRefusalFrom: start, state: &state, turn: turn) }
            } else {
                turn.outputs.append(.paragraph("You can't go that way just now."))
            }
            return true
        }
        let from = state.scene
        // "Are you sure?" at the end of the way's text: the player stays, and `yes` goes
        // (Engine+ExitWarnings.swift).
        let asks = exitAsksFirst(index, state: state)
        for effect in exit.travel {
            apply(effect, state: &state, turn: &turn)
            if state.ending != nil { return true }
        }
        guard state.scene == from else { return true }
        if asks {
            turn.lastActionWords = turn.commandWords
            return true
        }
        enter(exit.target, state: &state, turn: &turn)
        return true
    }
}
