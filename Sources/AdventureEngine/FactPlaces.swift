import StoryModel

/// Finds where in a story each fact can be unlocked, for telling a player where missing facts wait.
struct FactPlaces {
    let story: Story

    /// The titles of the scenes where these facts are unlocked, in story order, each once.
    /// - Complexity: O(size of the story); used once, at an ending.
    func sceneTitles(for facts: [FactIndex]) -> [String] {
        let wanted = Set(facts)
        guard !wanted.isEmpty else { return [] }
        var titles: [String] = []
        for (index, scene) in story.scenes.enumerated() {
            var responses = scene.actions.map { story.actions[$0].response }
            responses += scene.exits.map { Response(guardCondition: .always, refusal: nil, effects: $0.travel) }
            responses += scene.world.timedEvents.map(\.response)
            for thing in story.things where thing.initialPlace == .scene(index) {
                responses += thing.topics.map(\.response) + [thing.talk].compactMap { $0 }
            }
            let unlocked = responses.flatMap(\.effects).flatMap(\.flattened).compactMap { effect -> FactIndex? in
                if case .unlockFact(let fact) = effect { return fact }
                return nil
            }
            if !wanted.isDisjoint(with: scene.facts) || !wanted.isDisjoint(with: unlocked) {
                titles.append(scene.title)
            }
        }
        return titles
    }
}
