/// Where each fact can be unlocked, for the graph's boxes ("2 facts") and the ending's "The facts
/// you missed wait in: …".
///
/// A scene unlocks the facts it lists, those of its actions, its ways' travel and its timed events,
/// and those of the conversations of the people in it. A person counts in the scene where they start
/// and in every scene the story moves them to; a topic (or `talk`) that only runs in one scene (`only
/// if in porch`) counts there alone. A blind author, session 36, had Mr Jackson's carpool fact, asked
/// on the porch the story moves him to, placed in Friday's street where he starts: the graph showed
/// it there and the ending sent the player back to a street where asking gets only "What carpool?".
extension Story {
    /// For each scene, by index, the facts a player can unlock there.
    /// - Complexity: one pass over the story's responses.
    public func factsByScene() -> [Set<FactIndex>] {
        var facts = scenes.map { Set($0.facts) }
        func unlocked(_ effects: [Effect]) -> [FactIndex] {
            effects.flatMap(\.flattened).compactMap { effect in
                if case .unlockFact(let fact) = effect { return fact }
                return nil
            }
        }
        var movedTo: [ThingIndex: Set<SceneIndex>] = [:]
        func noteMoves(_ effects: [Effect]) {
            for case .move(let thing, let scene) in effects.flatMap(\.flattened) { movedTo[thing, default: []].insert(scene) }
        }
        for action in actions {
            noteMoves(action.response.effects)
            if let scene = action.scene, scenes.indices.contains(scene) { facts[scene].formUnion(unlocked(action.response.effects)) }
        }
        for (index, scene) in scenes.enumerated() {
            for exit in scene.exits {
                noteMoves(exit.travel)
                facts[index].formUnion(unlocked(exit.travel))
            }
            for event in scene.world.timedEvents {
                noteMoves(event.response.effects)
                facts[index].formUnion(unlocked(event.response.effects))
            }
        }
        let conversations = things.map { thing in thing.topics.map(\.response) + [thing.talk].compactMap { $0 } }
        for responses in conversations { responses.forEach { noteMoves($0.effects) } }
        for (index, thing) in things.enumerated() {
            var places = movedTo[index] ?? []
            if case .scene(let start) = thing.initialPlace { places.insert(start) }
            for response in conversations[index] {
                let found = unlocked(response.effects)
                guard !found.isEmpty else { continue }
                let only = Self.sceneRequired(by: response.guardCondition).map { places.contains($0) ? [$0] : places } ?? places
                for scene in only where scenes.indices.contains(scene) { facts[scene].formUnion(found) }
            }
        }
        return facts
    }

    /// The scene a condition holds in only: `in porch`, or one side of an `and` that is.
    static func sceneRequired(by condition: Condition) -> SceneIndex? {
        switch condition {
        case .isIn(let scene): scene
        case .and(let first, let second): sceneRequired(by: first) ?? sceneRequired(by: second)
        default: nil
        }
    }
}
