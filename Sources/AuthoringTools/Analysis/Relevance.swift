import StoryModel

/// Which parts of the game state can change what happens: the things, flags, counters and
/// visited scenes that some guard reads (or that an action that can change what happens names in
/// a slot), with the lights, and the containers and supporters that may hold such a thing and
/// their keys.
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

    /// - Parameter also: things whose place counts whatever the rest says (a second, targeted look).
    /// - Parameter triesDrops: things are put down (`verify --drops`), so any holder may hold them.
    init(story: Story, also: [ThingIndex] = [], triesDrops: Bool = false) {
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
        // The world model: light sources change what is in sight, so where they are matters.
        for (index, thing) in story.things.enumerated() {
            let world = thing.world
            if world.givesLight || (world.isOpenable && world.holder == nil) { things[index] = true }
        }
        placedWithin = Array(repeating: false, count: story.things.count)
        wornRead = placedWithin
        for condition in guards.flatMap(StoryWalk.parts) {
            if case .thingAt(let thing, .within) = condition { placedWithin[thing] = true }
            if case .wearing(let thing) = condition { wornRead[thing] = true }
        }
        for thing in also { things[thing] = true }
        // Things can be put in any holder (`--drops`, or a guard reads a thing in one).
        let putsAnywhere = triesDrops || placedWithin.contains(true)
        // What each holder may hold: what the story puts in it and what lies in it at the start,
        // listed once by holder (a scan of every thing for every holder was quadratic).
        var mayHold: [[ThingIndex]] = Array(repeating: [], count: story.things.count)
        for case .moveWithin(let thing, let holder) in StoryWalk(story: story).effects() where mayHold.indices.contains(holder) {
            mayHold[holder].append(thing)
        }
        for (index, thing) in story.things.enumerated() {
            if case .within(let holder) = thing.initialPlace, mayHold.indices.contains(holder) { mayHold[holder].append(index) }
        }
        // A thing an action names in a slot matters when the action can change what happens;
        // one named only by actions that just say something (`on light {lamp}`: "Not a drop of
        // paraffin") is a souvenir. Giving, moving or removing a souvenir changes nothing either,
        // so this is worked out until no more things turn out to matter.
        sayOnly = Array(repeating: false, count: story.things.count)
        // A container or supporter matters while it may hold something that matters (in sight
        // when it is open, carried along with it), and then so does its key: a tin box that
        // holds only a souvenir letter is itself a souvenir, and so is its key.
        var changed = true
        func mark(_ thing: ThingIndex) {
            guard !things[thing] else { return }
            things[thing] = true
            changed = true
        }
        while changed {
            changed = false
            for (index, thing) in story.things.enumerated() where thing.world.holder != nil && !things[index] {
                if putsAnywhere { mark(index); continue }
                if mayHold[index].contains(where: { things[$0] }) { mark(index) }
            }
            for (index, thing) in story.things.enumerated() where things[index] {
                if let key = thing.world.key { mark(key) }
            }
            for action in story.actions where !isInert(action.response.effects, slotsNamedOnly: Self.namesOnlyThings(action)) {
                for pattern in action.patterns {
                    for case .slot(.thing(let thing)) in pattern.elements where !things[thing] {
                        things[thing] = true
                        changed = true
                    }
                }
            }
        }
        for action in story.actions {
            for pattern in action.patterns {
                for case .slot(.thing(let thing)) in pattern.elements where !things[thing] { sayOnly[thing] = true }
            }
        }
    }

    /// True when every slot of an action names a thing (`on take {helmet}`, not `{anything}`).
    private static func namesOnlyThings(_ action: Action) -> Bool {
        action.patterns.allSatisfy { pattern in
            pattern.elements.allSatisfy { element in
                if case .slot(let slot) = element, case .thing = slot { return true }
                if case .word = element { return true }
                return false
            }
        }
    }

    /// Things only actions that change nothing name (`on light {lamp}` that only says something):
    /// where they are is left out of the search, so an action that names one and was never run
    /// is looked for again with them counted (`Verifier`).
    var sayOnly: [Bool]
    /// Things a guard reads as being in or on a holder (`if cloak is in bag`): the search puts
    /// them in and on holders. Others are put only with `--drops`: putting something down on a
    /// table or into a bag is leaving it behind, like dropping it.
    var placedWithin: [Bool]
    /// Things a guard reads as worn (`if wearing helmet`): for others, worn and carried are one
    /// place to the search.
    var wornRead: [Bool]

    /// True when effects change nothing the search keeps: they say something, award points, set
    /// a flag or a counter no guard reads, or give, move or remove a thing whose place does not
    /// matter. Ending, going to a scene, unlocking a fact and going on to the built-in verb do.
    /// `slotsNamedOnly`: every slot names a thing, so going on to the built-in verb (`continue`)
    /// acts only on things named, and moves only them (a holder or key named matters anyway).
    private func isInert(_ effects: [Effect], slotsNamedOnly: Bool) -> Bool {
        effects.flatMap(\.flattened).allSatisfy { effect in
            switch effect {
            case .say, .award, .branch, .oneOf: true
            case .setFlag(let flag), .clearFlag(let flag): !flags[flag]
            case .setCounter(let counter, _), .addToCounter(let counter, _): !counters[counter]
            case .give(let thing), .move(let thing, _), .moveHere(let thing), .remove(let thing), .moveWithin(let thing, _): !things[thing]
            case .continueBuiltIn: slotsNamedOnly
            case .unlockFact, .goTo, .end: false
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
