import AdventureEngine
import StoryModel

/// The part of a game state that decides what can happen next, and nothing else.
///
/// Two states with the same key play the same from here on: the turn count, the turn each fact
/// was unlocked on, what `it` and `him` refer to and the scene the player came from change the
/// wording of some replies but never which scenes, facts or endings can be reached, so the search
/// treats them as one state. (Moves are generated with full names, never pronouns or `back`.)
/// Things, flags, counters and visits that no guard reads (see `Relevance`) are left out too.
struct SearchKey: Hashable {
    let scene: Int32
    let ending: Int32
    let locations: [Location]
    let flags: BitSet
    let counters: [Int]
    let visited: BitSet
    /// One bit per fact that a guard reads, set when unlocked.
    let facts: [UInt64]
    /// Containers opened, closed, locked or unlocked since the start.
    let toggledOpen: [ThingIndex]
    let toggledLock: [ThingIndex]
    /// Turns spent in the scene, where a timed event there can still come (else 0).
    let turnsInScene: Int

    init(_ state: GameState, relevance: Relevance) {
        scene = Int32(state.scene)
        ending = state.ending.map(Int32.init) ?? -1
        locations = state.locations.enumerated().map { relevance.things[$0] ? $1 : .nowhere }
        var flags = state.flags
        for (flag, relevant) in relevance.flags.enumerated() where !relevant { flags.set(flag, to: false) }
        self.flags = flags
        // A counter is compared only with numbers up to its ceiling; past it, and when it can only
        // grow, every value reads the same, so a count of every action (Cloak's dark bar) stays finite.
        counters = state.counters.enumerated().map { index, value in
            guard relevance.counters[index] else { return 0 }
            guard let ceiling = relevance.counterCeilings[index] else { return value }
            return min(value, ceiling)
        }
        (toggledOpen, toggledLock) = state.toggledContainers
        let waits = relevance.timedEventTurns[state.scene]
        turnsInScene = state.turnsInScene < waits ? state.turnsInScene : 0
        var visited = state.visited
        for (scene, relevant) in relevance.visited.enumerated() where !relevant { visited.set(scene, to: false) }
        self.visited = visited
        var words = [UInt64](repeating: 0, count: (state.factTurns.count + 63) / 64)
        for (fact, turn) in state.factTurns.enumerated() where turn != nil && relevance.facts[fact] {
            words[fact >> 6] |= 1 << UInt64(fact & 63)
        }
        facts = words
    }
}
