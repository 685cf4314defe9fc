import StoryModel

/// How `verify` and `test --coverage` name a person's topic: `keller: about family`. A person may
/// have two topics that open with the same phrase (an `about yes` for each of two questions): the
/// label then says which, in the story's order — `keller: about yes (2 of 2)` — since topics carry
/// no line number of their own.
enum TopicLabel {
    /// The label, or nil for a topic without phrases.
    static func of(person: ThingIndex, topic number: Int, in story: Story) -> String? {
        let topics = story.things[person].topics
        guard let phrase = topics[number].phrases.first else { return nil }
        let base = "\(story.things[person].id): about \(phrase.joined(separator: " "))"
        let same = topics.indices.filter { topics[$0].phrases.first == phrase }
        guard same.count > 1, let place = same.firstIndex(of: number) else { return base }
        return base + " (\(place + 1) of \(same.count))"
    }
}
