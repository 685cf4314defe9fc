import StoryModel

/// What the player can refer to right now. The engine provides it from the game state.
public protocol Scope {
    /// The scene the player is in.
    var scene: SceneIndex { get }
    /// Things and people the player can see or carries, in a stable order.
    var visibleThings: [ThingIndex] { get }
    /// True when the player carries (or wears) the thing.
    func isCarried(_ thing: ThingIndex) -> Bool
    /// The thing `it`/`them` refers to, if any.
    var recentThing: ThingIndex? { get }
    /// The person `him`/`her` refers to, if any.
    var recentPerson: ThingIndex? { get }
    /// The things `them` refers to: the last group of things or people mentioned together.
    var recentGroup: [ThingIndex] { get }
    /// True for a person, for `him`, `her` and `them` when nobody was mentioned yet.
    func isPerson(_ thing: ThingIndex) -> Bool
    /// The people among `visibleThings`, in its order.
    ///
    /// A narrower question than `visibleThings`: a search that keeps readings by what the parser
    /// asked (the engine's `ReadingTree`) shares a reading that asked only this among every state
    /// with the same people in sight, whatever things lie about.
    func peopleInSight(_ story: Story) -> [ThingIndex]
    /// The things of `visibleThings` that are among `candidates`, in the order of `visibleThings`.
    /// - Parameter candidates: thing indices in ascending order (as `Vocabulary.thingsByWord` keeps them).
    ///
    /// Like `peopleInSight(_:)`, a narrower question than `visibleThings`: whether the few things
    /// a phrase can name are in sight.
    func visibleThings(among candidates: [ThingIndex]) -> [ThingIndex]
}

extension Scope {
    /// The things `them` refers to: the last group of things or people mentioned together.
    public var recentGroup: [ThingIndex] { [] }
    /// True for a person, for `him`, `her` and `them` when nothing was mentioned yet.
    public func isPerson(_ thing: ThingIndex) -> Bool { false }

    public func peopleInSight(_ story: Story) -> [ThingIndex] {
        visibleThings.filter { story.things[$0].isPerson }
    }

    public func visibleThings(among candidates: [ThingIndex]) -> [ThingIndex] {
        visibleThings.filter { candidates.containsSorted($0) }
    }

    /// True when a thing in sight answers to the word (among its nouns and adjectives):
    /// `visibleThings(among:)` of the things that do.
    public func seesThing(answering word: String, _ vocabulary: Vocabulary) -> Bool {
        guard let candidates = vocabulary.things(answering: word) else { return false }
        return !visibleThings(among: candidates).isEmpty
    }

    /// True when the thing is in sight (`visibleThings(among:)` of it alone).
    public func isInSight(_ thing: ThingIndex) -> Bool {
        !visibleThings(among: [thing]).isEmpty
    }
}

extension Array where Element == ThingIndex {
    /// True when the array, in ascending order, holds the thing (a binary search).
    func containsSorted(_ thing: ThingIndex) -> Bool {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < thing { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low] == thing
    }

    /// The things of this array that `other` holds, in this array's order: `filter(other.containsSorted)`,
    /// both arrays in strictly ascending order (as `Vocabulary.thingsByWord`'s lists are).
    /// - Complexity: O(*n* + *m*) by walking both together; by binary search when one is much the
    ///   shorter, O(min(*n*, *m*) log max(*n*, *m*)) (the 119 keys of the catalogue at N = 600 took
    ///   119 binary searches in the one `binela` thing).
    func filterSorted(in other: [ThingIndex]) -> [ThingIndex] {
        if count * 8 <= other.count { return filter(other.containsSorted) }
        // The same things, ascending either way: `binela key` looks for the one `binela` among the keys.
        if other.count * 8 <= count { return other.filter(containsSorted) }
        var kept: [ThingIndex] = []
        var position = 0
        for thing in self {
            while position < other.count, other[position] < thing { position += 1 }
            if position == other.count { break }
            if other[position] == thing { kept.append(thing) }
        }
        return kept
    }
}
