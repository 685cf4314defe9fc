import StoryModel

extension Story {
    /// The facts in the order the story's scenes unlock them: by the first scene (in the order
    /// the scenes are written) whose heading, ways, actions or people unlock each, and within a
    /// scene by line. Authors write scenes along the route, so this is the order a class meets
    /// them (the second teacher's rehearsal: the class's list read "Eisenhower Writes to Stalin"
    /// before "Waiting on the Mulde"). A fact only the story's global actions unlock comes after
    /// those, and one nothing unlocks last, each in the order it was declared.
    public var factsInTextOrder: [FactIndex] {
        // (scene, line): the scene's number, or scenes.count for a global action.
        var first = [(scene: Int, line: Int)?](repeating: nil, count: facts.count)
        func note(_ fact: FactIndex, _ scene: Int, _ line: Int) {
            guard first.indices.contains(fact) else { return }
            if let known = first[fact], (known.scene, known.line) <= (scene, line) { return }
            first[fact] = (scene, line)
        }
        func note(_ effects: [Effect], _ scene: Int, _ line: Int) {
            for effect in effects.flatMap(\.flattened) { if case .unlockFact(let fact) = effect { note(fact, scene, line) } }
        }
        for (index, scene) in scenes.enumerated() {
            for fact in scene.facts { note(fact, index, scene.range.start.line) }
            for exit in scene.exits { note(exit.travel, index, exit.range.start.line) }
        }
        // Where a thing starts: its scene, or that of what holds it; else after every scene.
        func startingScene(_ thing: ThingIndex) -> Int {
            var current = thing
            for _ in 0..<8 {
                switch things[current].initialPlace {
                case .scene(let scene): return scene
                case .within(let holder) where things.indices.contains(holder): current = holder
                default: return scenes.count
                }
            }
            return scenes.count
        }
        for action in actions {
            // A global action for a thing (`on read {signal-card}`) belongs where that thing starts.
            let things = action.patterns.flatMap(\.elements).compactMap { element -> ThingIndex? in
                if case .slot(.thing(let thing)) = element { return thing } else { return nil }
            }
            let scene = action.scene ?? things.map(startingScene).min() ?? scenes.count
            note(action.response.effects, scene, action.range.start.line)
        }
        for (index, thing) in things.enumerated() {
            let scene = startingScene(index)
            if let talk = thing.talk { note(talk.effects, scene, thing.range.start.line) }
            for topic in thing.topics { note(topic.response.effects, scene, thing.range.start.line) }
        }
        return facts.indices.sorted { a, b in
            switch (first[a], first[b]) {
            case let (x?, y?): (x.scene, x.line, a) < (y.scene, y.line, b)
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a < b
            }
        }
    }
}
