import StoryModel

/// Finds where in a story each fact can be unlocked, for telling a player where missing facts wait.
struct FactPlaces {
    let story: Story

    /// The titles of the scenes where these facts are unlocked, in story order, each once
    /// (`Story.factsByScene`: a person the story moves counts where the topic can run).
    /// - Complexity: O(size of the story); used once, at an ending.
    func sceneTitles(for facts: [FactIndex]) -> [String] {
        let wanted = Set(facts)
        guard !wanted.isEmpty else { return [] }
        return zip(story.scenes, story.factsByScene()).compactMap { scene, unlocked in
            wanted.isDisjoint(with: unlocked) ? nil : scene.title
        }
    }
}
