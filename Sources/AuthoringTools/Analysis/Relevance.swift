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
    /// For a counter that no effect lowers by adding a negative amount: the least value from which
    /// every comparison a guard makes with it reads the same (`Relevance.threshold`), so that
    /// every value from there on is one value to the verifier. Nil where it can fall by an `add`
    /// or `subtract` (two values past the ceiling could then fall to different values). A `set`
    /// does not matter: it gives the same value whatever the counter held.
    var counterCeilings: [Int?]
    /// For each counter, when it stops mattering for good (`CounterRetirement`), or nil.
    var counterRetirements: [CounterRetirement?]
    /// For each scene, the turn of its last timed event (0 when it has none).
    var timedEventTurns: [Int]
    /// Whether some guard reads whom the player is talking to (`talking to pietsch`), and the
    /// people such guards name.
    var conversation = false
    var talkedTo: [Bool]

    init(story: Story) {
        things = Array(repeating: false, count: story.things.count)
        talkedTo = things
        flags = Array(repeating: false, count: story.flags.count)
        counters = Array(repeating: false, count: story.counters.count)
        visited = Array(repeating: false, count: story.scenes.count)
        facts = Array(repeating: false, count: story.facts.count)
        counterCeilings = Array(repeating: 0, count: story.counters.count)
        timedEventTurns = story.scenes.map { $0.world.timedEvents.map(\.turns).max() ?? 0 }
        var guards = StoryWalk(story: story).guards()
        guards += story.scenes.compactMap(\.world.litWhen)
        for condition in guards.flatMap(StoryWalk.parts) {
            switch condition {
            case .holding(let thing), .wearing(let thing), .thingAt(let thing, _): things[thing] = true
            case .visited(let scene): visited[scene] = true
            case .flag(let flag): flags[flag] = true
            case .compare(let counter, let comparison, let value):
                counters[counter] = true
                counterCeilings[counter] = counterCeilings[counter].map { max($0, Self.threshold(comparison, value)) }
            case .factUnlocked(let fact): facts[fact] = true
            case .talkingTo(let person):
                things[person] = true
                talkedTo[person] = true
                conversation = true
            default: break
            }
        }
        var clearedFlags = Set<FlagIndex>()
        for effect in StoryWalk(story: story).effects() {
            switch effect {
            case .addToCounter(let counter, let amount) where amount < 0: counterCeilings[counter] = nil
            case .clearFlag(let flag): clearedFlags.insert(flag)
            default: break
            }
        }
        counterRetirements = CounterRetirement.find(counters: story.counters.count, guards: guards, clearedFlags: clearedFlags)
        // The world model: containers and what they hold, their keys, and light sources change
        // what is in sight, so where they are matters.
        for (index, thing) in story.things.enumerated() {
            let world = thing.world
            if world.holder != nil || world.givesLight || world.isOpenable || world.key != nil { things[index] = true }
            if let key = world.key { things[key] = true }
            if case .within = thing.initialPlace { things[index] = true }
        }
        for action in story.actions {
            for pattern in action.patterns {
                for case .slot(.thing(let thing)) in pattern.elements { things[thing] = true }
            }
        }
    }

    /// The least value from which `counter COMPARISON value` reads the same for every larger
    /// counter: `>= 2` and `< 2` read the same from 2 on; `> 2`, `<= 2`, `= 2` and `!= 2` from 3.
    static func threshold(_ comparison: Comparison, _ value: Int) -> Int {
        switch comparison {
        case .less, .greaterOrEqual: value
        case .lessOrEqual, .greater, .equal, .notEqual: value &+ 1
        }
    }
}
