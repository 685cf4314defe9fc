import CommandParser
import StoryModel

/// What the player can refer to in one state of a search, worked out once and shared by every
/// move the search tries there (`Engine.searchScope(of:memo:)`, `Engine.searchStep`).
///
/// States with the same `number` show the parser and a move generator the same: the same scene,
/// the same things in sight in the same order, each of them carried, worn or neither. Only what
/// `it`, `him` and `them` refer to may differ.
public struct SearchScope: Sendable {
    /// The scope, boxed: a search step hands it on without copying the story and state it holds.
    private final class Box: Sendable {
        let scope: StateScope
        init(_ scope: StateScope) { self.scope = scope }
    }

    private let box: Box
    /// The same number for the same scene and things in sight, carried, worn or neither.
    public let number: Int
    /// The same number for the same things in sight in the same order (what the parser sees when
    /// it asks for them, `ReadingTree`).
    let sightNumber: Int
    /// The people in sight, and the same number for the same people in sight in the same order
    /// (`Scope.peopleInSight(_:)`).
    let peopleInSight: [ThingIndex]
    let peopleNumber: Int

    init(scope: StateScope, number: Int, sightNumber: Int, people: (list: [ThingIndex], number: Int)) {
        box = Box(scope)
        self.number = number
        self.sightNumber = sightNumber
        peopleInSight = people.list
        peopleNumber = people.number
    }

    var scope: StateScope { box.scope }

    /// The things and people in sight, in the parser's order (as `Engine.thingsInScope`).
    public var visibleThings: [ThingIndex] { scope.visibleThings }
}

extension Engine {
    /// The scope of a search state, numbered by the memo.
    public func searchScope(of state: GameState, memo: inout SearchMemo) -> SearchScope {
        let scope = StateScope(story: story, state: state)
        let (number, sightNumber) = memo.numbers(of: scope)
        let people = scope.peopleInSight(story)
        return SearchScope(scope: scope, number: number, sightNumber: sightNumber, people: (people, memo.peopleNumber(of: people)))
    }
}
