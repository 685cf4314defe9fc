import StoryModel

/// Writes a condition back in the story language, with ids: `holding oar and not paid`.
struct ConditionText {
    let story: Story

    func describe(_ condition: Condition) -> String {
        switch condition {
        case .always: "always"
        case .holding(let thing): "holding \(story.things[thing].id)"
        case .wearing(let thing): "wearing \(story.things[thing].id)"
        case .visited(let scene): "visited \(story.scenes[scene].id)"
        case .isIn(let scene): "in \(story.scenes[scene].id)"
        case .factUnlocked(let fact): "knows \(story.facts[fact].id)"
        case .flag(let flag): story.flags[flag]
        case .compare(let counter, let comparison, let value): "\(story.counters[counter].name) \(comparison.rawValue) \(value)"
        case .thingAt(let thing, let place): "\(story.things[thing].id) is \(describe(place))"
        case .talkingTo(let person): "talking to \(story.things[person].id)"
        // `not not camera-set` (an `else if` after `if not camera-set`) is `camera-set`.
        case .not(.not(let inner)): describe(inner)
        case .not(let inner): "not " + operand(inner)
        case .and(let a, let b): "\(operand(a)) and \(operand(b))"
        case .or(let a, let b): "\(describe(a)) or \(describe(b))"
        }
    }

    private func operand(_ condition: Condition) -> String {
        if case .or = condition { return "(\(describe(condition)))" }
        if case .and = condition { return "(\(describe(condition)))" }
        return describe(condition)
    }

    private func describe(_ place: ThingPlace) -> String {
        switch place {
        case .scene(let scene): "in \(story.scenes[scene].id)"
        case .here: "here"
        case .carried: "carried"
        case .nowhere: "nowhere"
        case .within(let holder): "in \(story.things[holder].id)"
        }
    }

    /// Both conditions, simplified when either is `always`.
    static func both(_ a: Condition, _ b: Condition) -> Condition {
        if a == .always { return b }
        if b == .always { return a }
        return .and(a, b)
    }
}
