import StoryModel

/// What lies where during play (`GameState.things(at:)`): the things at each location in index
/// order, as circular lists threaded through flat arrays, one entry per location number and one
/// per thing.
///
/// Built from the things' places (a new game, a restore) with no hash and no allocation per
/// location: the dictionary of lists it replaced hashed every location and made a list for each
/// (0.71 M instructions of a restore at 1,000 rooms, a fifth of it). A move unlinks the thing and
/// links it in at its place in order: at the end at once when it is the largest there, which a
/// new arrival mostly is, otherwise after a walk from the smallest.
///
/// A location past the index's range (a scene at or past `scenes`, a holder that is not a thing:
/// only in a damaged save, which `GameState.fits` refuses) is in no list; `things(at:)` finds its
/// things by looking at every place.
struct ContentsIndex: Sendable {
    /// The smallest thing at each location (−1: none), by location number: 0 nowhere, 1 carried,
    /// 2 worn, 3 + holder within a thing, `sceneStart` + scene in a scene.
    private var heads: [Int32]
    /// Each thing's neighbours at its location, in index order, the largest's next the smallest
    /// (−1: in no list).
    private var next: [Int32]
    private var previous: [Int32]
    private let sceneStart: Int

    /// The index of things at `locations`, one per thing, for a state of `scenes` scenes (a
    /// damaged save's larger count is held to `sceneLimit`).
    init(locations: [Location], scenes: Int) {
        sceneStart = 3 + locations.count
        heads = [Int32](repeating: -1, count: sceneStart + min(max(scenes, 0), Self.sceneLimit))
        next = [Int32](repeating: -1, count: locations.count)
        previous = next
        // In thing order, so each arrives as the largest at its location: linked in at the end.
        for (thing, location) in locations.enumerated() {
            if let slot = slot(of: location) { link(thing, into: slot) }
        }
    }

    /// No story has a million scenes; a damaged save's count must not make the game allocate for it.
    static let sceneLimit = 1 << 20

    /// The location's number in `heads`, or nil past the index's range.
    private func slot(of location: Location) -> Int? {
        switch location {
        case .nowhere: 0
        case .carried: 1
        case .worn: 2
        case .within(let holder): holder >= 0 && holder < sceneStart - 3 ? 3 + holder : nil
        case .scene(let scene): scene >= 0 && scene < heads.count - sceneStart ? sceneStart + scene : nil
        }
    }

    /// The things at a location, in index order; `locations` (the state's) finds those at a
    /// location past the index's range.
    func things(at location: Location, locations: [Location]) -> ThingList {
        guard let slot = slot(of: location) else {
            return ThingList(outside: locations.indices.filter { locations[$0] == location })
        }
        return ThingList(links: next, head: heads[slot])
    }

    /// Moves a thing from the location it was at to another.
    mutating func move(_ thing: ThingIndex, from old: Location, to new: Location) {
        if let slot = slot(of: old) { unlink(thing, from: slot) }
        if let slot = slot(of: new) { link(thing, into: slot) }
    }

    private mutating func unlink(_ thing: ThingIndex, from slot: Int) {
        let after = next[thing]
        guard after >= 0 else { return }
        let item = Int32(truncatingIfNeeded: thing)
        if after == item {
            heads[slot] = -1
        } else {
            let before = previous[thing]
            next[Int(before)] = after
            previous[Int(after)] = before
            if heads[slot] == item { heads[slot] = after }
        }
        next[thing] = -1
        previous[thing] = -1
    }

    private mutating func link(_ thing: ThingIndex, into slot: Int) {
        let item = Int32(truncatingIfNeeded: thing)
        let head = heads[slot]
        guard head >= 0 else {
            heads[slot] = item
            next[thing] = item
            previous[thing] = item
            return
        }
        // Before the first thing larger than this one, or after the largest (before the head).
        var after = head
        if item < head {
            heads[slot] = item
        } else if item < previous[Int(head)] {
            after = next[Int(head)]
            while after < item { after = next[Int(after)] }
        }
        let before = previous[Int(after)]
        next[Int(before)] = item
        previous[thing] = before
        next[thing] = after
        previous[Int(after)] = item
    }
}

/// The things at one location, in index order (`GameState.things(at:)`), read from the index in
/// place.
public struct ThingList: Sequence, Sendable {
    private let links: [Int32]
    private let head: Int32
    /// The things at a location past the index's range (only in a damaged state).
    private let outside: [ThingIndex]

    init(links: [Int32], head: Int32) {
        self.links = links
        self.head = head
        outside = []
    }

    init(outside: [ThingIndex]) {
        links = []
        head = -1
        self.outside = outside
    }

    public struct Iterator: IteratorProtocol {
        private let links: [Int32]
        private let head: Int32
        private var current: Int32
        private var outside: IndexingIterator<[ThingIndex]>

        init(_ list: ThingList) {
            links = list.links
            head = list.head
            current = list.head
            outside = list.outside.makeIterator()
        }

        public mutating func next() -> ThingIndex? {
            guard current >= 0 else { return outside.next() }
            let thing = current
            let following = links[Int(thing)]
            current = following == head ? -1 : following
            return Int(thing)
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }

    public var isEmpty: Bool { head < 0 && outside.isEmpty }
}
