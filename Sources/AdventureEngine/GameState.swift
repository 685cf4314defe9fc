import CommandParser
import StoryModel

/// Everything that changes during play: a small value that compares equal when the game is the same.
///
/// Changes go through mutating methods that record the old value in `journal`, so a turn can be
/// undone exactly without copying the whole state. `contents` (what lies where) is derived from
/// `locations` and kept up to date, so a command never scans every thing in the story.
public struct GameState: Sendable {
    /// The small values that every turn may change; undo keeps a copy of them per turn.
    public struct Core: Hashable, Sendable, Codable {
        public internal(set) var scene: SceneIndex
        public internal(set) var turns: Int = 0
        public internal(set) var ending: EndingIndex?
        /// What `it` and `them` refer to.
        public internal(set) var recentThing: ThingIndex?
        /// What `him` and `her` refer to.
        public internal(set) var recentPerson: ThingIndex?
        /// The scene the player came from, for `back`.
        public internal(set) var previousScene: SceneIndex?
        /// A question the parser asked and is waiting to have answered.
        public internal(set) var pending: PendingQuestion?
        /// The state of the seeded random number generator.
        public internal(set) var randomState: UInt64
        // World-model state (optional, so saves made before it existed still load); read it
        // through the accessors in GameState+World.swift.
        var awardedPoints: Int?
        var turnsInScene: Int?
        var toggledOpen: [ThingIndex]?
        var toggledLock: [ThingIndex]?
        var verbosityLevel: Int?
        var recentGroup: [ThingIndex]?
        /// Where the player last saw each thing and person, for `where is X` (GameState+Memory.swift).
        var lastSeen: LastSeenMemory?
        /// What a person just proposed ("Will you promise?"), for `yes` and `no`.
        var proposal: [String]?
        /// The person whose question the last turn ended with, for `yes` and `no` (Engine+Answers.swift).
        var askedBy: ThingIndex?
        /// The things with a `here` text the player has held, in index order: their `here` text is
        /// no longer shown (GameState+Handled.swift).
        var handled: [ThingIndex]?
    }

    public internal(set) var core: Core
    public private(set) var locations: [Location]
    public private(set) var flags: BitSet
    public private(set) var counters: [Int]
    public private(set) var visited: BitSet
    /// For each fact, the turn it was unlocked on, or nil while locked.
    public private(set) var factTurns: [Int?]
    /// Things by location, each list sorted by index.
    private(set) var contents: [Location: [ThingIndex]] = [:]
    /// The changes made since `beginTurn`, oldest first.
    private(set) var journal: [Change] = []

    /// The state at the start of a story, before the first scene is entered.
    public init(story: Story, seed: UInt64 = 1) {
        core = Core(scene: story.start, randomState: seed)
        locations = story.things.map { thing in
            switch thing.initialPlace {
            case .nowhere: .nowhere
            case .carried: .carried
            case .worn: .worn
            case .scene(let scene): .scene(scene)
            case .within(let holder): .within(holder)
            }
        }
        flags = BitSet(count: story.flags.count)
        counters = story.counters.map(\.initialValue)
        visited = BitSet(count: story.scenes.count)
        factTurns = [Int?](repeating: nil, count: story.facts.count)
        rebuildContents()
    }

    // MARK: Reading

    public var scene: SceneIndex { core.scene }
    public var turns: Int { core.turns }
    public var ending: EndingIndex? { core.ending }

    /// The things at a location, in story order.
    public func things(at location: Location) -> [ThingIndex] {
        contents[location] ?? []
    }

    public func isUnlocked(_ fact: FactIndex) -> Bool { factTurns[fact] != nil }

    public var unlockedFactCount: Int { factTurns.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    // MARK: Changing (each change is journaled for undo)

    mutating func move(_ thing: ThingIndex, to location: Location) {
        let old = locations[thing]
        guard old != location else { return }
        journal.append(.location(thing, old))
        place(thing, at: location)
    }

    mutating func setFlag(_ flag: FlagIndex, _ value: Bool) {
        let old = flags.set(flag, to: value)
        if old != value { journal.append(.flag(flag, old)) }
    }

    mutating func setCounter(_ counter: CounterIndex, _ value: Int) {
        let old = counters[counter]
        guard old != value else { return }
        journal.append(.counter(counter, old))
        counters[counter] = value
    }

    mutating func markVisited(_ scene: SceneIndex) {
        if !visited.set(scene, to: true) { journal.append(.visited(scene, false)) }
    }

    /// Unlocks a fact; returns false if it was already unlocked.
    mutating func unlock(_ fact: FactIndex) -> Bool {
        guard factTurns[fact] == nil else { return false }
        journal.append(.fact(fact, nil))
        factTurns[fact] = core.turns
        return true
    }

    /// Notes that the player saw a thing in a scene (`lastSeen`).
    mutating func noteSeen(_ thing: ThingIndex, in scene: SceneIndex) {
        let old = core.lastSeen?[thing]
        guard old != scene else { return }
        journal.append(.seen(thing, old))
        if core.lastSeen == nil { core.lastSeen = LastSeenMemory() }
        core.lastSeen?[thing] = scene
    }

    /// Starts recording a new turn's changes.
    mutating func beginTurn() {
        journal.removeAll(keepingCapacity: true)
    }

    /// Takes the changes recorded since `beginTurn`.
    mutating func takeJournal() -> [Change] {
        defer { journal = [] }
        return journal
    }

    /// Reverts recorded changes, newest first.
    mutating func revert(_ changes: [Change]) {
        var memoryChanged = false
        for change in changes.reversed() {
            switch change {
            case .location(let thing, let old): place(thing, at: old)
            case .flag(let flag, let old): flags.set(flag, to: old)
            case .counter(let counter, let old): counters[counter] = old
            case .visited(let scene, let old): visited.set(scene, to: old)
            case .fact(let fact, let old): factTurns[fact] = old
            case .seen(let thing, let old):
                if core.lastSeen == nil, old != nil { core.lastSeen = LastSeenMemory() }
                core.lastSeen?[thing] = old
                memoryChanged = true
            }
        }
        // A memory taken back to nothing is none, as before the first thing was seen.
        if memoryChanged, core.lastSeen?.isEmpty == true { core.lastSeen = nil }
    }

    // MARK: The contents index

    private mutating func place(_ thing: ThingIndex, at location: Location) {
        // The lists are changed where they lie in the dictionary, not copied out and back.
        let old = locations[thing]
        if let index = contents[old].flatMap({ Self.position(of: thing, in: $0) }) {
            if contents[old]?.count == 1 {
                contents[old] = nil
            } else {
                contents[old]?.remove(at: index)
            }
        }
        locations[thing] = location
        let index = contents[location].map { Self.insertionPoint(of: thing, in: $0) } ?? 0
        contents[location, default: []].insert(thing, at: index)
    }

    /// Builds `contents` from `locations` (a restore does, and a new game).
    ///
    /// The things are grouped by location first (a counting sort on a number per location), so
    /// each list is made once at its size and each location hashed once: appending thing by thing
    /// grew a list from empty per location and hashed per thing (about 0.8 M instructions at
    /// 1,000 rooms, a sixth of a restore). Locations whose numbers are far past the state's size
    /// (only in a damaged save, refused later by `fits`) are grouped thing by thing.
    mutating func rebuildContents() {
        let keyLimit = 4 * locations.count + 1024
        var keys: [Int] = []
        keys.reserveCapacity(locations.count)
        var largest = 0
        for location in locations {
            let key = switch location {
            case .nowhere: 0
            case .carried: 1
            case .worn: 2
            case .scene(let scene): scene >= 0 && scene < keyLimit ? 3 + 2 * scene : -1
            case .within(let holder): holder >= 0 && holder < keyLimit ? 4 + 2 * holder : -1
            }
            guard key >= 0 else { return rebuildContentsThingByThing() }
            keys.append(key)
            largest = max(largest, key)
        }
        // Where each location's things start among them all, in key order, then the things.
        var starts = [Int](repeating: 0, count: largest + 2)
        for key in keys { starts[key + 1] += 1 }
        var distinct = 0
        for key in 0...largest where starts[key + 1] > 0 { distinct += 1 }
        for key in 0...largest { starts[key + 1] += starts[key] }
        var next = starts
        var grouped = [ThingIndex](repeating: 0, count: keys.count)
        for (thing, key) in keys.enumerated() {
            grouped[next[key]] = thing
            next[key] += 1
        }
        var index: [Location: [ThingIndex]] = [:]
        index.reserveCapacity(distinct)
        for key in 0...largest where starts[key + 1] > starts[key] {
            let location: Location = switch key {
            case 0: .nowhere
            case 1: .carried
            case 2: .worn
            default: key % 2 == 1 ? .scene((key - 3) / 2) : .within((key - 4) / 2)
            }
            index[location] = Array(grouped[starts[key]..<starts[key + 1]])
        }
        contents = index
    }

    private mutating func rebuildContentsThingByThing() {
        var index: [Location: [ThingIndex]] = [:]
        index.reserveCapacity(locations.count)
        for (thing, location) in locations.enumerated() { index[location, default: []].append(thing) }
        contents = index
    }

    private static func insertionPoint(of thing: ThingIndex, in list: [ThingIndex]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < thing { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func position(of thing: ThingIndex, in list: [ThingIndex]) -> Int? {
        let index = insertionPoint(of: thing, in: list)
        return index < list.count && list[index] == thing ? index : nil
    }
}

extension GameState: Hashable {
    public static func == (a: GameState, b: GameState) -> Bool {
        a.core == b.core && a.locations == b.locations && a.flags == b.flags && a.counters == b.counters
            && a.visited == b.visited && a.factTurns == b.factTurns
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(core)
        hasher.combine(locations)
        hasher.combine(flags)
        hasher.combine(counters)
        hasher.combine(visited)
        hasher.combine(factTurns)
    }
}

extension GameState: Codable {
    private enum CodingKeys: String, CodingKey {
        case core, locations, flags, counters, visited, factTurns
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        core = try container.decode(Core.self, forKey: .core)
        locations = try container.decode([Location].self, forKey: .locations)
        flags = try container.decode(BitSet.self, forKey: .flags)
        counters = try container.decode([Int].self, forKey: .counters)
        visited = try container.decode(BitSet.self, forKey: .visited)
        factTurns = try container.decode([Int?].self, forKey: .factTurns)
        rebuildContents()
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(core, forKey: .core)
        try container.encode(locations, forKey: .locations)
        try container.encode(flags, forKey: .flags)
        try container.encode(counters, forKey: .counters)
        try container.encode(visited, forKey: .visited)
        try container.encode(factTurns, forKey: .factTurns)
    }

    /// A state from its parts, as a save holds them (check it with `fits` before playing it).
    init(core: Core, locations: [Location], flags: BitSet, counters: [Int], visited: BitSet, factTurns: [Int?]) {
        self.core = core
        self.locations = locations
        self.flags = flags
        self.counters = counters
        self.visited = visited
        self.factTurns = factTurns
        rebuildContents()
    }

    /// True when the state's sizes and indices fit the story, so it is safe to play.
    public func fits(_ story: Story) -> Bool {
        guard story.scenes.indices.contains(core.scene), locations.count == story.things.count,
              counters.count == story.counters.count, factTurns.count == story.facts.count,
              flags.capacity >= story.flags.count, visited.capacity >= story.scenes.count,
              flags.capacity < story.flags.count + 64, visited.capacity < story.scenes.count + 64 else { return false }
        for location in locations where !location.fits(story) { return false }
        return core.fits(story) && core.seenFits(story)
    }
}

extension GameState.Core {
    /// True when the core's indices, all but the last-seen memory's, fit the story.
    func fits(_ story: Story) -> Bool {
        guard story.scenes.indices.contains(scene) else { return false }
        for thing in (toggledOpen ?? []) + (toggledLock ?? []) + (recentGroup ?? []) + (handled ?? [])
            where !story.things.indices.contains(thing) { return false }
        if let ending, !story.endings.indices.contains(ending) { return false }
        if let previousScene, !story.scenes.indices.contains(previousScene) { return false }
        for thing in [recentThing, recentPerson, askedBy].compactMap({ $0 }) where !story.things.indices.contains(thing) {
            return false
        }
        if let pending {
            guard pending.slot.lowerBound >= 0, pending.slot.upperBound <= pending.template.count,
                  pending.candidates.allSatisfy(story.things.indices.contains) else { return false }
        }
        return true
    }

    /// True when every thing and scene of the last-seen memory is the story's.
    func seenFits(_ story: Story) -> Bool {
        lastSeen?.fits(things: story.things.count, scenes: story.scenes.count) ?? true
    }
}
