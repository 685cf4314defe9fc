import CommandParser
import StoryModel

/// Everything that changes during play: a small value that compares equal when the game is the same.
///
/// Changes go through mutating methods that record the old value in `journal`, so a turn can be
/// undone exactly without copying the whole state. `contents` (what lies where, `ContentsIndex`)
/// is derived from `locations` and kept up to date, so a command never scans every thing in the story.
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
    /// Things by location, each list in index order (derived from `locations`, never saved).
    private var contents: ContentsIndex
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
        contents = ContentsIndex(locations: locations, scenes: visited.capacity)
    }

    // MARK: Reading

    public var scene: SceneIndex { core.scene }
    public var turns: Int { core.turns }
    public var ending: EndingIndex? { core.ending }

    /// The things at a location, in story order.
    public func things(at location: Location) -> ThingList {
        contents.things(at: location, locations: locations)
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
        contents.move(thing, from: locations[thing], to: location)
        locations[thing] = location
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
        contents = ContentsIndex(locations: locations, scenes: visited.capacity)
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
        contents = ContentsIndex(locations: locations, scenes: visited.capacity)
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
    ///
    /// A restore checks the game's core and each of its 100 undo steps' cores, so nothing is made
    /// here: joining the lists and the optional things into arrays first cost about 1,700
    /// instructions a core, half of checking a whole save against the story.
    func fits(_ story: Story) -> Bool {
        // Unsigned, so a negative index is out of range too.
        let things = UInt(story.things.count), scenes = UInt(story.scenes.count)
        func isThing(_ thing: ThingIndex?) -> Bool { thing.map { UInt(bitPattern: $0) < things } ?? true }
        func areThings(_ list: [ThingIndex]?) -> Bool { list?.allSatisfy { UInt(bitPattern: $0) < things } ?? true }
        guard UInt(bitPattern: scene) < scenes, previousScene.map({ UInt(bitPattern: $0) < scenes }) ?? true,
              ending.map({ UInt(bitPattern: $0) < UInt(story.endings.count) }) ?? true,
              isThing(recentThing), isThing(recentPerson), isThing(askedBy),
              areThings(toggledOpen), areThings(toggledLock), areThings(recentGroup), areThings(handled) else { return false }
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
