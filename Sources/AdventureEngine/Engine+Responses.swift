import StoryModel

extension Engine {
    /// Runs a response's effects in order, or its refusal when its guard fails.
    func run(_ response: Response, state: inout GameState, turn: inout Turn) {
        guard state.holds(response.guardCondition) else {
            if let refusal = response.refusal { say(refusal, state: state, turn: &turn) }
            return
        }
        for effect in response.effects {
            apply(effect, state: &state, turn: &turn)
            if state.ending != nil { return }
        }
    }

    /// The first of several responses (topics) that applies: its guard holds, or it has a refusal.
    /// - Returns: false when none applied.
    func runFirst(_ responses: [Response], state: inout GameState, turn: inout Turn) -> Bool {
        for response in responses {
            if state.holds(response.guardCondition) || response.refusal != nil {
                run(response, state: &state, turn: &turn)
                return true
            }
        }
        return false
    }

    func apply(_ effect: Effect, state: inout GameState, turn: inout Turn) {
        switch effect {
        case .say(let text): say(text, state: state, turn: &turn)
        case .setFlag(let flag): state.setFlag(flag, true)
        case .clearFlag(let flag): state.setFlag(flag, false)
        case .setCounter(let counter, let value): state.setCounter(counter, value)
        case .addToCounter(let counter, let amount): state.setCounter(counter, state.counters[counter] &+ amount)
        case .give(let thing): state.move(thing, to: state.locations[thing] == .worn ? .worn : .carried)
        case .move(let thing, let scene): state.move(thing, to: .scene(scene))
        case .moveHere(let thing): state.move(thing, to: .scene(state.scene))
        case .remove(let thing): state.move(thing, to: .nowhere)
        case .unlockFact(let fact): unlock(fact, state: &state, turn: &turn)
        case .goTo(let scene): enter(scene, state: &state, turn: &turn)
        case .end(let ending): end(ending, state: &state, turn: &turn)
        case .award(let points): state.award(points)
        case .moveWithin(let thing, let holder): state.move(thing, to: .within(holder))
        case .continueBuiltIn: turn.continueRequested = true
        case .oneOf(let choices):
            guard !choices.isEmpty else { return }
            for effect in choices[state.random(below: choices.count)] {
                apply(effect, state: &state, turn: &turn)
                if state.ending != nil { return }
            }
        case .branch(let condition, let then, let otherwise):
            for effect in state.holds(condition) ? then : otherwise {
                apply(effect, state: &state, turn: &turn)
                if state.ending != nil { return }
            }
        }
    }

    func say(_ text: Text, state: GameState, turn: inout Turn) {
        guard turn.rendersText else {
            // A search step: one placeholder when the text says anything at all.
            if TextRenderer.saysAnything(text, in: state) { turn.outputs.append(.paragraph("")) }
            return
        }
        // Most replies have no `{if}`: they are tidied without a renderer (and its copy of the state).
        if TextRenderer.isLiteral(text) {
            TextRenderer.appendLiteralParagraphs(text, to: &turn.outputs)
            return
        }
        for paragraph in TextRenderer(story: story, state: state).paragraphs(text) {
            turn.outputs.append(.paragraph(paragraph))
        }
    }

    func unlock(_ fact: FactIndex, state: inout GameState, turn: inout Turn) {
        guard state.unlock(fact) else { return }
        turn.outputs.append(.factUnlocked(turn.rendersText ? entry(for: fact, state: state) : placeholderEntry(for: fact)))
    }

    /// A fact's entry without its text or number, for a search step.
    private func placeholderEntry(for fact: FactIndex) -> FactEntry {
        let item = story.facts[fact]
        return FactEntry(number: 0, found: 0, total: story.facts.count, id: item.id, title: item.title, text: [],
                         summary: nil, date: nil, place: nil, source: nil, confidence: nil, confidenceNote: nil)
    }

    /// Gives each fact unlocked in a turn its final journal number, once the whole turn has run
    /// (a fact unlocked later in the turn may come earlier in story order).
    func numberUnlockedFacts(in turn: inout Turn, state: GameState) {
        // By index: iterating the outputs held a second reference to them, so the first write
        // (or its uniqueness check, hoisted) copied them at every turn ("Per command, fourteenth round").
        // Asked in place first (Output+Peek.swift): nearly every turn unlocks no fact.
        for position in turn.outputs.indices where turn.outputs[position].isFactUnlocked {
            guard case .factUnlocked(var entry) = turn.outputs[position],
                  let index = story.facts.firstIndex(where: { $0.id == entry.id }),
                  let number = state.journalNumber(of: index) else { continue }
            entry.number = number
            entry.found = number
            turn.outputs[position] = .factUnlocked(entry)
        }
    }

    func entry(for fact: FactIndex, state: GameState) -> FactEntry {
        let item = story.facts[fact]
        let number = state.journalNumber(of: fact) ?? state.unlockedFactCount
        return FactEntry(number: number, found: number, total: story.facts.count, id: item.id, title: item.title,
                         text: TextRenderer(story: story, state: state).paragraphs(item.text), summary: item.summary,
                         date: item.date, place: item.place, source: item.source,
                         confidence: item.confidence, confidenceNote: item.confidenceNote)
    }

    func end(_ ending: EndingIndex, state: inout GameState, turn: inout Turn) {
        state.core.ending = ending
        let item = story.endings[ending]
        guard turn.rendersText else {
            turn.outputs.append(.ending(EndingReport(
                id: item.id, title: item.title, text: [], isSuccess: item.isSuccess, factsUnlocked: state.unlockedFactCount,
                totalFacts: story.facts.count, scenesWithMissingFacts: [], turns: state.turns)))
            return
        }
        let missing = story.facts.indices.filter { !state.isUnlocked($0) }
        turn.outputs.append(.ending(EndingReport(
            id: item.id, title: item.title, text: TextRenderer(story: story, state: state).paragraphs(item.text),
            isSuccess: item.isSuccess, factsUnlocked: state.unlockedFactCount, totalFacts: story.facts.count,
            scenesWithMissingFacts: FactPlaces(story: story).sceneTitles(for: missing), turns: state.turns,
            points: story.world.maximumScore.map { _ in state.points }, maximumScore: story.world.maximumScore)))
    }
}
