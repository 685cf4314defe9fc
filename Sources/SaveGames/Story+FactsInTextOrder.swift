import StoryModel

extension Story {
    /// The facts in the order the story's text first unlocks them: a scene's own facts at its
    /// heading, the others where the exit, action, talk or topic that unlocks them is written.
    /// Authors write scenes along the route, so this is the order a class meets them (the second
    /// teacher's rehearsal: the class's list read "Eisenhower Writes to Stalin" before "Waiting on
    /// the Mulde"). A fact nothing unlocks comes last, in the order it was declared.
    public var factsInTextOrder: [FactIndex] {
        var first = [SourceLocation?](repeating: nil, count: facts.count)
        func note(_ fact: FactIndex, _ at: SourceLocation) {
            guard first.indices.contains(fact) else { return }
            if let known = first[fact], !(at < known) { return }
            first[fact] = at
        }
        func note(_ effects: [Effect], _ at: SourceLocation) {
            for effect in effects.flatMap(\.flattened) { if case .unlockFact(let fact) = effect { note(fact, at) } }
        }
        for scene in scenes {
            for fact in scene.facts { note(fact, scene.range.start) }
            for exit in scene.exits { note(exit.travel, exit.range.start) }
        }
        for action in actions { note(action.response.effects, action.range.start) }
        for thing in things {
            if let talk = thing.talk { note(talk.effects, thing.range.start) }
            for topic in thing.topics { note(topic.response.effects, thing.range.start) }
        }
        return facts.indices.sorted { a, b in
            switch (first[a], first[b]) {
            case let (x?, y?): x < y || (!(y < x) && a < b)
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a < b
            }
        }
    }
}
