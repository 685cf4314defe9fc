import StoryModel

/// A one-line count of what a story holds, as `check` prints it for a clean story.
public struct StorySummary: CustomStringConvertible, Sendable {
    public let story: Story

    public init(_ story: Story) {
        self.story = story
    }

    public var description: String {
        let people = story.things.filter(\.isPerson).count
        let parts: [(Int, String)] = [
            (story.scenes.count, "scene"), (story.scenes.reduce(0) { $0 + $1.exits.count }, "exit"),
            (story.things.count - people, "thing"), (people, "person"), (story.facts.count, "fact"),
            (story.actions.count, "action"), (story.endings.count, "ending"),
        ]
        return "ok: " + parts.map { count, noun in
            let plural = noun == "person" ? "people" : noun + "s"
            return "\(count) \(count == 1 ? noun : plural)"
        }.joined(separator: ", ")
    }
}
