import AdventureEngine
import StoryModel

/// What some conditions read of the game, taken apart into the tests whose outcomes decide
/// them: the scene the player is in, read once however many `in …` tests there are, and every
/// other test once (`knows …` left out: the facts found are keyed on their own).
///
/// The journal panel keys on these instead of working out each condition of each found fact's
/// text after every command: the Elbe story's date line alone is eight `in …` tests, which are
/// one read of the scene.
struct ConditionReads: Equatable {
    /// True when a test reads the scene the player is in (`in …`).
    private(set) var readsScene = false
    /// The other tests, each once, in the order first met.
    private(set) var tests: [Condition] = []

    init() {}

    init(_ conditions: [Condition]) {
        conditions.forEach { add($0) }
    }

    var isEmpty: Bool { !readsScene && tests.isEmpty }

    mutating func add(_ condition: Condition) {
        switch condition {
        case .not(let inner): add(inner)
        case .and(let a, let b), .or(let a, let b):
            add(a)
            add(b)
        case .isIn: readsScene = true
        case .factUnlocked, .always: break
        default: if !tests.contains(condition) { tests.append(condition) }
        }
    }

    mutating func formUnion(_ other: ConditionReads) {
        readsScene = readsScene || other.readsScene
        for test in other.tests where !tests.contains(test) { tests.append(test) }
    }

    /// What the tests read in the game now: the same values, the same outcome for every
    /// condition they were taken from (with the same facts found).
    struct Values: Equatable {
        var scene: SceneIndex
        var outcomes: [Bool]
    }

    func values(in game: Game) -> Values {
        let state = game.state
        return Values(scene: readsScene ? state.scene : -1, outcomes: tests.map { game.engine.holds($0, in: state) })
    }
}
