import StoryModel

/// Which parts of the game state can change what happens: the things, flags, counters and
/// visited scenes that some guard reads (or that an action names in a slot).
///
/// The verifier leaves everything else out (facts included: it notes each fact on the move that
/// unlocks it) of its states, so carrying a souvenir around or a
/// score counter that only grows cannot multiply the states to search.
struct Relevance {
    var things: [Bool]
    var flags: [Bool]
    var counters: [Bool]
    var visited: [Bool]
    /// Facts that some `knows` guard reads.
    var facts: [Bool]

    init(story: Story) {
        things = Array(repeating: false, count: story.things.count)
        flags = Array(repeating: false, count: story.flags.count)
        counters = Array(repeating: false, count: story.counters.count)
        visited = Array(repeating: false, count: story.scenes.count)
        facts = Array(repeating: false, count: story.facts.count)
        for condition in StoryWalk(story: story).guards().flatMap(StoryWalk.parts) {
            switch condition {
            case .holding(let thing), .wearing(let thing), .thingAt(let thing, _): things[thing] = true
            case .visited(let scene): visited[scene] = true
            case .flag(let flag): flags[flag] = true
            case .compare(let counter, _, _): counters[counter] = true
            case .factUnlocked(let fact): facts[fact] = true
            default: break
            }
        }
        for action in story.actions {
            for pattern in action.patterns {
                for case .slot(.thing(let thing)) in pattern.elements { things[thing] = true }
            }
        }
    }
}
