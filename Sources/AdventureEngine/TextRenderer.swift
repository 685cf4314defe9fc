import StoryModel

/// Turns story text into plain paragraphs for the current state, resolving `{if}` parts.
struct TextRenderer {
    let story: Story
    let state: GameState

    func paragraphs(_ text: Text) -> [String] {
        text.paragraphs.map { parts in
            var out = ""
            append(parts, to: &out)
            return Self.tidy(out)
        }.filter { !$0.isEmpty }
    }

    /// True when `paragraphs(text)` would not be empty: some part that shows says more than spaces.
    func saysAnything(_ text: Text) -> Bool {
        text.paragraphs.contains { saysAnything($0) }
    }

    private func saysAnything(_ parts: [TextPart]) -> Bool {
        parts.contains { part in
            switch part {
            case .literal(let text): text.utf8.contains { $0 != 0x20 }
            case .conditional(let condition, let then, let otherwise):
                saysAnything(Conditions(story: story, state: state).holds(condition) ? then : otherwise)
            }
        }
    }

    private func append(_ parts: [TextPart], to out: inout String) {
        for part in parts {
            switch part {
            case .literal(let text):
                out += text
            case .conditional(let condition, let then, let otherwise):
                append(Conditions(story: story, state: state).holds(condition) ? then : otherwise, to: &out)
            }
        }
    }

    /// Collapses runs of spaces left by conditional parts and trims the ends.
    static func tidy(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for character in text {
            if character == " " {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                if lastWasSpace, !out.isEmpty, ",.;:!?".contains(character) { out.removeLast() }
                out.append(character)
                lastWasSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return out
    }
}

/// Evaluates conditions against a state.
struct Conditions {
    let story: Story
    let state: GameState

    func holds(_ condition: Condition) -> Bool {
        switch condition {
        case .always: true
        case .holding(let thing): state.locations[thing].isWithPlayer
        case .wearing(let thing): state.locations[thing] == .worn
        case .visited(let scene): state.visited.contains(scene)
        case .isIn(let scene): state.scene == scene
        case .factUnlocked(let fact): state.isUnlocked(fact)
        case .flag(let flag): state.flags.contains(flag)
        case .compare(let counter, let comparison, let value): comparison.holds(state.counters[counter], value)
        case .thingAt(let thing, let place):
            switch place {
            case .scene(let scene): state.sceneOf(thing) == scene && !state.locations[thing].isWithPlayer
            case .here: state.sceneOf(thing) == state.scene && !state.locations[thing].isWithPlayer
            case .carried: state.locations[thing].isWithPlayer
            case .nowhere: state.locations[thing] == .nowhere
            case .within(let holder): state.locations[thing] == .within(holder)
            }
        case .not(let inner): !holds(inner)
        case .and(let a, let b): holds(a) && holds(b)
        case .or(let a, let b): holds(a) || holds(b)
        }
    }
}
