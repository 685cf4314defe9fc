import AdventureEngine
import CommandParser
import StoryModel

/// The topic `ask PERSON about WORDS` runs, chosen as the engine chooses it: the first topic
/// whose words were all asked, else `about anything else`; the first of those whose guard holds
/// or that has a refusal (`only if …, else "…"`).
struct TopicChoice {
    let person: ThingIndex
    let topic: Int
    /// True when the topic's guard does not hold, so the player hears its refusal.
    let isRefused: Bool

    init?(story: Story, engine: Engine, state: GameState, person: ThingIndex?, words: [String]) {
        let people = state.things(at: .scene(state.scene)).filter { story.things[$0].isPerson }
        guard let person = person ?? (people.count == 1 ? people[0] : nil), story.things[person].isPerson else { return nil }
        let asked = Set(words.filter { !Vocabulary.articles.contains($0) })
        let topics = story.things[person].topics
        let matching = topics.indices.filter { topics[$0].phrases.contains { Set($0).isSubset(of: asked) } }
        let fallback = topics.indices.filter { index in topics[index].phrases.contains { Self.isCatchAll($0) } }
        for index in matching + fallback {
            let response = topics[index].response
            let holds = engine.holds(response.guardCondition, in: state)
            guard holds || response.refusal != nil else { continue }
            self.person = person
            topic = index
            isRefused = !holds
            return
        }
        return nil
    }

    /// `about anything` / `about anything else`: the topic for every question no other topic answers.
    static func isCatchAll(_ phrase: [String]) -> Bool {
        phrase == ["anything"] || phrase == ["anything", "else"]
    }

    /// "garman: about weather", as `test --coverage` lists topics.
    static func label(person: ThingIndex, topic: Int, story: Story) -> String {
        "\(story.things[person].id): about " + (story.things[person].topics[topic].phrases.first?.joined(separator: " ") ?? "")
    }
}
