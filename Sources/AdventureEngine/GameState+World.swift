import StoryModel

extension GameState {
    /// The points the player has been awarded.
    public var points: Int { core.awardedPoints ?? 0 }

    mutating func award(_ amount: Int) { core.awardedPoints = points &+ amount }

    /// How many turns the player has spent in the current scene since arriving.
    public var turnsInScene: Int { core.turnsInScene ?? 0 }

    /// The containers whose open or locked state differs from how the story starts them (for
    /// tools that compare states, such as `verify`).
    public var toggledContainers: (open: [ThingIndex], locked: [ThingIndex]) {
        (core.toggledOpen ?? [], core.toggledLock ?? [])
    }

    mutating func setTurnsInScene(_ turns: Int) { core.turnsInScene = turns == 0 ? nil : turns }

    /// How scenes are described on a return: 0 brief (the revisit text), 1 verbose (always the
    /// whole description), 2 superbrief (only the heading).
    var verbosity: Int { core.verbosityLevel ?? 0 }

    mutating func setVerbosity(_ level: Int) { core.verbosityLevel = level == 0 ? nil : level }

    mutating func rememberGroup(_ things: [ThingIndex]) { core.recentGroup = things.isEmpty ? nil : things }

    /// True when a container is open (things that cannot be opened are always open).
    func isOpen(_ thing: ThingIndex, story: Story) -> Bool {
        let world = story.things[thing].world
        guard world.isOpenable else { return true }
        return world.startsOpen != (core.toggledOpen ?? []).contains(thing)
    }

    mutating func setOpen(_ thing: ThingIndex, _ open: Bool, story: Story) {
        guard isOpen(thing, story: story) != open else { return }
        core.toggledOpen = Self.toggling(thing, in: core.toggledOpen)
    }

    func isLocked(_ thing: ThingIndex, story: Story) -> Bool {
        story.things[thing].world.startsLocked != (core.toggledLock ?? []).contains(thing)
    }

    mutating func setLocked(_ thing: ThingIndex, _ locked: Bool, story: Story) {
        guard isLocked(thing, story: story) != locked else { return }
        core.toggledLock = Self.toggling(thing, in: core.toggledLock)
    }

    private static func toggling(_ thing: ThingIndex, in list: [ThingIndex]?) -> [ThingIndex]? {
        var list = list ?? []
        if let index = list.firstIndex(of: thing) { list.remove(at: index) } else { list.append(thing); list.sort() }
        return list.isEmpty ? nil : list
    }

    /// A number in `0..<bound` from the seeded generator (SplitMix64), advancing it.
    mutating func random(below bound: Int) -> Int {
        core.randomState &+= 0x9E37_79B9_7F4A_7C15
        var z = core.randomState
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }

    /// The scene a thing is in, following containers and supporters; the player's scene for
    /// what the player has.
    func sceneOf(_ thing: ThingIndex) -> SceneIndex? {
        var current = thing
        for _ in 0..<locations.count {
            switch locations[current] {
            case .scene(let scene): return scene
            case .carried, .worn: return scene
            case .nowhere: return nil
            case .within(let holder): current = holder
            }
        }
        return nil
    }

    /// The things at these locations and what the player has, with everything on them and in
    /// them while open, in a stable order.
    func reachable(from places: [Location], story: Story) -> [ThingIndex] {
        // Breadth first: the queue, once every holder in it has been opened, is the answer.
        // Room for a scene's things made at once, each list appended thing by thing (Array+ThingList.swift).
        var queue: [ThingIndex] = []
        queue.reserveCapacity(16)
        for place in places { queue.appendEach(of: things(at: place)) }
        queue.appendEach(of: things(at: .carried))
        queue.appendEach(of: things(at: .worn))
        var index = 0
        while index < queue.count {
            let thing = queue[index]
            index += 1
            if story.things[thing].world.holder != nil, isOpen(thing, story: story) {
                queue.appendEach(of: things(at: .within(thing)))
            }
        }
        return queue
    }
}
