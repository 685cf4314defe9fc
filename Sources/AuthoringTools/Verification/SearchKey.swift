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
/// relevant thing is, a few bits each, the relevant counters, one bit per relevant flag, visit
/// and fact, the toggled containers), with a hash of its own worked out once: a dictionary of
/// keys hashes eight bytes per lookup instead of the whole key, and tells most keys apart by it.
struct SearchKey: Hashable {
    private let words: [UInt64]
    private let mixed: UInt64

    init(_ state: GameState, layout: KeyLayout) {
        words = layout.words(of: state)
        var mixed: UInt64 = 0
        for word in words { mixed = ((mixed << 26 | mixed >> 38) ^ word) &* 0x9E37_79B9_7F4A_7C15 }
        self.mixed = mixed
    }

    static func == (a: SearchKey, b: SearchKey) -> Bool { a.mixed == b.mixed && a.words == b.words }

    func hash(into hasher: inout Hasher) {
        hasher.combine(mixed)
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
    /// The bits a thing's place takes (`code(_:)` of the last thing or scene fits in them).
    let placeBits: Int

    init(_ relevance: Relevance) {
        func indices(_ marks: [Bool]) -> [Int] { marks.indices.filter { marks[$0] } }
        things = indices(relevance.things)
        flags = indices(relevance.flags)
        counters = indices(relevance.counters).map { ($0, relevance.counterCeilings[$0]) }
        visited = indices(relevance.visited)
        facts = indices(relevance.facts)
        timedEventTurns = relevance.timedEventTurns
        let largest = max(Self.code(.scene(relevance.visited.count)), Self.code(.within(relevance.things.count)))
        placeBits = UInt64.bitWidth - largest.leadingZeroBitCount
    }

    /// The key's words: scene, ending, turns in the scene, the relevant things' places packed a
    /// few bits each, the counters, the relevant flag, visit and fact bits, and the toggled
    /// containers with their counts.
    func words(of state: GameState) -> [UInt64] {
        let (open, locked) = state.toggledContainers
        let placesPerWord = UInt64.bitWidth / placeBits
        let placeWords = (things.count + placesPerWord - 1) / placesPerWord
        let bitWords = (flags.count + visited.count + facts.count + 63) / 64
        let total = 4 + placeWords + counters.count + bitWords + open.count + locked.count
        return [UInt64](unsafeUninitializedCapacity: total) { words, count in
            words.initialize(repeating: 0)
            words[0] = UInt64(state.scene)
            words[1] = state.ending.map { UInt64($0) + 1 } ?? 0
            // Turns spent in the scene, where a timed event there can still come (else 0).
            let waits = timedEventTurns[state.scene]
            words[2] = state.turnsInScene < waits ? UInt64(truncatingIfNeeded: state.turnsInScene) : 0
            var next = 3
            var shift = 0
            for thing in things {
                if shift + placeBits > UInt64.bitWidth { next += 1; shift = 0 }
                words[next] |= Self.code(state.locations[thing]) << UInt64(shift)
                shift += placeBits
            }
            next = 3 + placeWords
            // A counter is compared only with numbers up to its ceiling; past it, and when it can
            // only grow, every value reads the same, so a count of every action (Cloak's dark bar)
            // stays finite.
            for (counter, ceiling) in counters {
                let value = state.counters[counter]
                words[next] = UInt64(bitPattern: Int64(ceiling.map { min(value, $0) } ?? value))
                next += 1
            }
            var bit = 0
            func add(_ set: Bool) {
                if set { words[next + bit >> 6] |= 1 << UInt64(bit & 63) }
                bit += 1
            }
            for flag in flags { add(state.flags.contains(flag)) }
            for scene in visited { add(state.visited.contains(scene)) }
            for fact in facts { add(state.isUnlocked(fact)) }
            next += bitWords
            words[next] = UInt64(open.count) << 32 | UInt64(locked.count)
            next += 1
            for thing in open + locked {
                words[next] = UInt64(thing)
                next += 1
            }
            count = total
        }
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

