import StoryModel

/// What the player remembers: where each thing and person was last seen (for `where is ortiz`
/// and `who is ortiz` when Ortiz is elsewhere), and the last proposal a person made (for `yes`).
/// Both live in `Core`, so saves keep them; saves made before they existed load with nothing
/// remembered. Undo takes back the entries of the memory a turn changed (`Change.seen`): an undo
/// step holds no copy of the memory, which grows with the world.
extension GameState {
    /// The scene where the player last saw a thing or person, nil if never.
    public func lastSeen(_ thing: ThingIndex) -> SceneIndex? { core.lastSeen?[thing] }

    /// Notes that the things in the player's scene were seen there (unless it is dark).
    mutating func noteWhatIsSeen(story: Story) {
        guard !Light.isDark(story: story, state: self) else { return }
        let scene = core.scene
        for thing in things(at: .scene(scene)) { noteSeen(thing, in: scene) }
    }

    /// A turn's changes as an undo step keeps them: those to the memory (`.seen`) last, one per
    /// thing (its value before the turn), in thing order, and none for a thing the turn left as it
    /// was; the same list a save's lines give back (SnapshotLines+Memory.swift).
    func undoRecord(of changes: [Change]) -> [Change] {
        guard changes.contains(where: { if case .seen = $0 { true } else { false } }) else { return changes }
        let seen = Self.memoryChanges(in: changes).filter { lastSeen($0.0) != $0.1 }
        return changes.filter { if case .seen = $0 { false } else { true } } + seen.map { Change.seen($0.0, $0.1) }
    }

    /// The `.seen` changes among a turn's, one per thing (the first: the value before the turn),
    /// in thing order.
    static func memoryChanges(in changes: [Change]) -> [(ThingIndex, SceneIndex?)] {
        var seen: [(ThingIndex, SceneIndex?)] = []
        var ordered = true
        for change in changes {
            guard case .seen(let thing, let before) = change else { continue }
            if let last = seen.last, last.0 >= thing { ordered = false }
            seen.append((thing, before))
        }
        guard !ordered else { return seen }
        // A turn that noted things in two scenes, or a hand-made snapshot: the first per thing.
        var first: [(ThingIndex, SceneIndex?)] = []
        let sorted = seen.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
        for (_, entry) in sorted where first.last?.0 != entry.0 { first.append(entry) }
        return first
    }

    /// The words of the command a person just proposed ("Will you promise?" → `promise`).
    var proposal: [String]? { core.proposal }

    mutating func setProposal(_ words: [String]?) {
        if core.proposal != words { core.proposal = words }
    }

    /// The person whose question the last turn ended with ("Have you ever had chocolate?").
    var askedBy: ThingIndex? { core.askedBy }

    mutating func setAskedBy(_ person: ThingIndex?) {
        if core.askedBy != person { core.askedBy = person }
    }
}
