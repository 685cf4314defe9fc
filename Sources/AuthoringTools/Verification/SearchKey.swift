import AdventureEngine
import StoryModel

/// The part of a game state that decides what can happen next, and nothing else.
///
/// Two states with the same key play the same from here on: the turn count, the turn each fact
/// was unlocked on, what `it` and `him` refer to and the scene the player came from change the
/// wording of some replies but never which scenes, facts or endings can be reached, so the search
/// treats them as one state (unless a guard reads `talking to`: then whom `him` means is kept).
/// (Moves are generated with full names, never pronouns or `back`.)
/// Things, flags, counters and visits that no guard reads (see `Relevance`) are left out too, and
/// so are the values of those that no guard the player can still come to reads (a counter past
/// its ceiling or retired, a flag read only in scenes left behind for good: `KeyLayout`).
///
/// The key is one array of words laid out by `KeyLayout` (the scene, the ending, where each
/// relevant thing is, a few bits each, the relevant counters, one bit per relevant flag, visit
/// and fact, the toggled containers), with a hash of its own worked out once: a dictionary of
/// keys hashes eight bytes per lookup instead of the whole key, and tells most keys apart by it.
struct SearchKey: Hashable {
    /// The key's words (`KeyLayout`).
    let words: [UInt64]
    private let mixed: UInt64

    init(_ state: GameState, layout: KeyLayout) {
        self.init(words: layout.words(of: state))
    }

    init(words: [UInt64]) {
        self.words = words
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
///
/// The words: scene, ending, turns in the scene; the relevant things' places, a few bits each;
/// the counters; one bit per relevant flag, visit and fact; the number of toggled containers
/// and each of them.
struct KeyLayout {
    let things: [Int]
    let flags: [Int]
    let counters: [(index: Int, ceiling: Int?, retirement: CounterRetirement?)]
    let visited: [Int]
    let facts: [Int]
    /// From which scenes a guard that reads each flag, visit, fact or counter can still be tried.
    let reach: SceneReach
    /// For each scene, the turn of its last timed event (0 when it has none).
    let timedEventTurns: [Int]
    /// The people a `talking to` guard names: whether the player is talking to one of them, and
    /// which, is part of the key (talking to anyone else reads the same).
    let talkedTo: [Bool]
    /// Whether a guard reads each thing as worn: for the others, worn is carried.
    private let wornRead: [Bool]
    /// Whether each thing counts (`Relevance.things`): only those containers' open and locked
    /// states are kept.
    private let counted: [Bool]
    /// The bits a thing's place takes (`code(_:)` of the last thing or scene fits in them).
    let placeBits: Int
    /// Where each of `things` has its place: the word, and the bit it starts at.
    private let placeSlots: [(word: Int, shift: Int)]
    /// The first word of the flag, visit and fact bits, and how many words they take.
    private let bitsStart: Int
    private let bitWords: Int

    init(_ relevance: Relevance, reach: SceneReach) {
        self.reach = reach
        func indices(_ marks: [Bool]) -> [Int] { marks.indices.filter { marks[$0] } }
        things = indices(relevance.things)
        flags = indices(relevance.flags)
        counters = indices(relevance.counters).map { ($0, relevance.counterCeilings[$0], relevance.counterRetirements[$0]) }
        visited = indices(relevance.visited)
        facts = indices(relevance.facts)
        timedEventTurns = relevance.timedEventTurns
        talkedTo = relevance.talkedTo
        wornRead = relevance.wornRead
        counted = relevance.things
        let largest = max(Self.code(.scene(relevance.visited.count)), Self.code(.within(relevance.things.count)))
        placeBits = UInt64.bitWidth - largest.leadingZeroBitCount
        var slots: [(word: Int, shift: Int)] = []
        var word = 3, shift = 0
        for _ in things {
            if shift + placeBits > UInt64.bitWidth { word += 1; shift = 0 }
            slots.append((word, shift))
            shift += placeBits
        }
        placeSlots = slots
        bitsStart = (slots.last.map { $0.word + 1 } ?? 3) + counters.count
        bitWords = (flags.count + visited.count + facts.count + 63) / 64
    }

    /// The words of a state's key.
    func words(of state: GameState) -> [UInt64] {
        let (open, locked) = toggled(state)
        var words = [UInt64](repeating: 0, count: bitsStart + bitWords + 1 + open.count + locked.count)
        writeHeader(of: state, into: &words)
        for (index, thing) in things.enumerated() { writePlace(index, state.locations[thing], into: &words) }
        writeCounters(of: state, into: &words)
        writeBits(of: state, into: &words)
        writeContainers(open, locked, into: &words)
        return words
    }

    /// The words of the key of a state one move on from `parent`, whose key's words are
    /// `parentWords`: only what the move changed is read again (an array the move did not
    /// touch is still the parent's, which compares equal at once).
    func words(of state: GameState, after parent: GameState, parentWords: [UInt64]) -> [UInt64] {
        let (open, locked) = toggled(state)
        guard parentWords.count == bitsStart + bitWords + 1 + open.count + locked.count else { return words(of: state) }
        var words = parentWords
        writeHeader(of: state, into: &words)
        if state.locations != parent.locations {
            for (index, thing) in things.enumerated() where state.locations[thing] != parent.locations[thing] {
                writePlace(index, state.locations[thing], into: &words)
            }
        }
        writeCounters(of: state, into: &words)
        if state.scene != parent.scene || state.flags != parent.flags || state.visited != parent.visited
            || state.factTurns != parent.factTurns {
            writeBits(of: state, into: &words)
        }
        writeContainers(open, locked, into: &words)
        assert(words == self.words(of: state), "a key made from its parent's differs from the key made whole")
        return words
    }

    /// The containers opened or locked against how they start, of those that count.
    private func toggled(_ state: GameState) -> (open: [ThingIndex], locked: [ThingIndex]) {
        let (open, locked) = state.toggledContainers
        if open.allSatisfy({ counted[$0] }) && locked.allSatisfy({ counted[$0] }) { return (open, locked) }
        return (open.filter { counted[$0] }, locked.filter { counted[$0] })
    }

    private func writeHeader(of state: GameState, into words: inout [UInt64]) {
        words[0] = UInt64(state.scene)
        words[1] = state.ending.map { UInt64($0) + 1 } ?? 0
        // Turns spent in the scene, where a timed event there can still come (else 0).
        let waits = timedEventTurns[state.scene]
        words[2] = state.turnsInScene < waits ? UInt64(truncatingIfNeeded: state.turnsInScene) : 0
        // Whom the player is talking to, where a guard reads it (`talking to pietsch`).
        if let person = state.core.recentPerson, talkedTo[person], state.things(at: .scene(state.scene)).contains(person) {
            words[2] |= UInt64(person + 1) << 32
        }
    }

    private func writePlace(_ index: Int, _ location: Location, into words: inout [UInt64]) {
        let (word, shift) = placeSlots[index]
        let location = location == .worn && !wornRead[things[index]] ? .carried : location
        let mask: UInt64 = (1 << UInt64(placeBits) - 1) << UInt64(shift)
        words[word] = words[word] & ~mask | Self.code(location) << UInt64(shift)
    }

    /// A counter is compared only with numbers up to its ceiling; past it, and when no `add`
    /// lowers it, every value reads the same, so a count of every action (Cloak's dark bar) stays
    /// finite. Once retired (no guard can read it again, `CounterRetirement`), or once no scene
    /// whose guards read it can be reached (`SceneReach`), it is 0 whatever it holds, so a count
    /// that goes on after its last use (the Elbe story's questions to Ferris after the briefing)
    /// does not multiply the states.
    private func writeCounters(of state: GameState, into words: inout [UInt64]) {
        var next = bitsStart - counters.count
        for (counter, ceiling, retirement) in counters {
            let value = state.counters[counter]
            if !reach.counterRead[counter][state.scene] || retirement?.isRetired(in: state) == true {
                words[next] = 0
            } else {
                words[next] = UInt64(bitPattern: Int64(ceiling.map { min(value, $0) } ?? value))
            }
            next += 1
        }
    }

    private func writeBits(of state: GameState, into words: inout [UInt64]) {
        for word in bitsStart..<bitsStart + bitWords { words[word] = 0 }
        var bit = 0
        func add(_ set: Bool) {
            if set { words[bitsStart + bit >> 6] |= 1 << UInt64(bit & 63) }
            bit += 1
        }
        // A flag, visit or fact that no guard the player can still come to reads is 0.
        let here = state.scene
        for flag in flags { add(state.flags.contains(flag) && reach.flagRead[flag][here]) }
        for scene in visited { add(state.visited.contains(scene) && reach.visitRead[scene][here]) }
        for fact in facts { add(state.isUnlocked(fact) && reach.factRead[fact][here]) }
    }

    private func writeContainers(_ open: [ThingIndex], _ locked: [ThingIndex], into words: inout [UInt64]) {
        var next = bitsStart + bitWords
        words[next] = UInt64(open.count) << 32 | UInt64(locked.count)
        for thing in open {
            next += 1
            words[next] = UInt64(thing)
        }
        for thing in locked {
            next += 1
            words[next] = UInt64(thing)
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
