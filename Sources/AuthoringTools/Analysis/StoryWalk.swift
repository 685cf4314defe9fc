import StoryModel

/// Visits every guard and every effect of a story, so each analysis asks the same question of
/// the same places (exits, actions, conversations, and the branches inside their bodies).
struct StoryWalk {
    let story: Story

    /// Every condition that decides what can happen (guards and `if` branches), not the `{if}`
    /// of text, which only changes wording.
    func guards() -> [Condition] {
        var out: [Condition] = []
        func effects(_ list: [Effect]) {
            for effect in list.flatMap(\.flattened) {
                if case .branch(let condition, _, _) = effect { out.append(condition) }
            }
        }
        for response in responses() {
            out.append(response.guardCondition)
            effects(response.effects)
        }
        for scene in story.scenes {
            for exit in scene.exits {
                out.append(exit.guardCondition)
                effects(exit.travel)
            }
        }
        return out
    }

    /// Every effect anywhere, branches flattened.
    func effects() -> [Effect] {
        responses().flatMap { $0.effects.flatMap(\.flattened) }
            + story.scenes.flatMap { $0.exits.flatMap { $0.travel.flatMap(\.flattened) } }
    }

    /// The bodies of actions, talks and topics.
    func responses() -> [Response] {
        story.actions.map(\.response) + story.things.flatMap { thing in
            (thing.talk.map { [$0] } ?? []) + thing.topics.map(\.response)
        }
    }

    /// Every condition inside a condition, itself included.
    static func parts(of condition: Condition) -> [Condition] {
        switch condition {
        case .not(let inner): [condition] + parts(of: inner)
        case .and(let a, let b), .or(let a, let b): [condition] + parts(of: a) + parts(of: b)
        default: [condition]
        }
    }
}
