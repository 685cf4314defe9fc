import AdventureEngine
import StoryModel

/// The part of a game state that decides what can happen next, and nothing else.
///
/// Two states with the same key play the same from here on: the turn count, the turn each fact
/// was unlocked on, what `it` and `him` refer to and the scene the player came from change the
/// wording of some replies but never which scenes, facts or endings can be reached, so the search
/// treats them as one state. (Moves are generated with full names, never pronouns or `back`.)
/// Things, flags, counters and visits that no guard reads (see `Relevance`) are left out too.
///
/// The key is one array of words laid out by `KeyLayout` (the scene, the ending, where each
/// relevant thing is, the relevant counters, one bit per relevant flag, visit and fact, the
/// toggled containers), so making, hashing and comparing one costs one allocation and a pass over
/// a few words, not the dozen arrays and per-element hashing of the state's own fields.
struct SearchKey: Hashable {
    private let words: [UInt64]

    init(_ state: GameState, layout: KeyLayout) {
        words = layout.words(of: state)
    }

    static func == (a: SearchKey, b: SearchKey) -> Bool { a.words == b.words }

    func hash(into hasher: inout Hasher) {
        words.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

/// Which parts of a state a `SearchKey` keeps, worked out once per story from its `Relevance`.
struct KeyLayout {
    let things: [Int]
    let flags: [Int]
    let counters: [(index: Int, ceiling: Int?)]
    let visited: [Int]
    let facts: [Int]
    /// For each scene, the turn of its last timed event (0 when it has none).
    let timedEventTurns: [Int]

    init(_ relevance: Relevance) {
        func indices(_ marks: [Bool]) -> [Int] { marks.indices.filter { marks[$0] } }
        things = indices(relevance.things)
        flags = indices(relevance.flags)
        counters = indices(relevance.counters).map { ($0, relevance.counterCeilings[$0]) }
        visited = indices(relevance.visited)
        facts = indices(relevance.facts)
        timedEventTurns = relevance.timedEventTurns
    }

    /// The key's words: scene, ending, turns in the scene, the relevant things' places and
    /// counters, the relevant flag, visit and fact bits, and the toggled containers with their counts.
    func words(of state: GameState) -> [UInt64] {
        let (open, locked) = state.toggledContainers
        let bits = flags.count + visited.count + facts.count
        var words: [UInt64] = []
        words.reserveCapacity(5 + things.count + counters.count + (bits + 63) / 64 + open.count + locked.count)
        words.append(UInt64(state.scene))
        words.append(state.ending.map { UInt64($0) + 1 } ?? 0)
        // Turns spent in the scene, where a timed event there can still come (else 0).
        let waits = timedEventTurns[state.scene]
        words.append(state.turnsInScene < waits ? UInt64(truncatingIfNeeded: state.turnsInScene) : 0)
        for thing in things { words.append(Self.code(state.locations[thing])) }
        // A counter is compared only with numbers up to its ceiling; past it, and when it can only
        // grow, every value reads the same, so a count of every action (Cloak's dark bar) stays finite.
        for (counter, ceiling) in counters {
            let value = state.counters[counter]
            words.append(UInt64(bitPattern: Int64(ceiling.map { min(value, $0) } ?? value)))
        }
        var word: UInt64 = 0
        var bit = 0
        func add(_ set: Bool) {
            if set { word |= 1 << UInt64(bit) }
            bit += 1
            if bit == 64 { words.append(word); word = 0; bit = 0 }
        }
        for flag in flags { add(state.flags.contains(flag)) }
        for scene in visited { add(state.visited.contains(scene)) }
        for fact in facts { add(state.isUnlocked(fact)) }
        if bit > 0 { words.append(word) }
        words.append(UInt64(open.count) << 32 | UInt64(locked.count))
        for thing in open { words.append(UInt64(thing)) }
        for thing in locked { words.append(UInt64(thing)) }
        return words
    }

    /// One number per place, different for different places.
    private static func code(_ location: Location) -> UInt64 {
        switch location {
        case .nowhere: 0
        case .carried: 1
        case .worn: 2
        case .scene(let scene): 3 + 2 * UInt64(scene)
        case .within(let holder): 4 + 2 * UInt64(holder)
        }
    }
}
