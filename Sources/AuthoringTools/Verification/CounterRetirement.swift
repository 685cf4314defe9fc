import AdventureEngine
import StoryModel

/// A condition that, once it holds, holds for the rest of the game: a flag that no effect
/// clears, a scene the player has visited, a fact in the journal.
enum LastingCondition: Hashable {
    case flag(FlagIndex)
    case visited(SceneIndex)
    case fact(FactIndex)

    func holds(in state: GameState) -> Bool {
        switch self {
        case .flag(let flag): state.flags.contains(flag)
        case .visited(let scene): state.visited.contains(scene)
        case .fact(let fact): state.isUnlocked(fact)
        }
    }
}

/// When a counter stops mattering for good: every guard that compares it has become true or
/// false whatever the counter holds, through a lasting condition (`if not briefed and questions
/// >= 2`, once `briefed` is set and nothing can clear it).
///
/// From then on no outcome reads the counter again, so the verifier's states stop telling its
/// values apart (`KeyLayout`). Two states with the same key agree on every lasting condition a
/// guard reads (flags, visits and facts that guards read are in the key), so they agree on
/// whether the counter is retired.
///
///     guard not briefed and questions >= 2   →   retired once `briefed` holds
///     guard questions >= 2                   →   never retired (no lasting condition ends it)
struct CounterRetirement {
    /// For each distinct guard that compares the counter, the lasting conditions any one of
    /// which fixes that guard's value whatever the counter holds.
    let guards: [[LastingCondition]]

    /// Whether no guard can read the counter any more in this state (nor in any state after it).
    func isRetired(in state: GameState) -> Bool {
        guards.allSatisfy { $0.contains { $0.holds(in: state) } }
    }

    /// Works out each counter's retirement from every guard of the story; nil for a counter some
    /// guard compares with no lasting condition that can end the comparison (or that no guard
    /// compares at all).
    /// - Parameter clearedFlags: the flags some effect clears (never lasting).
    static func find(counters: Int, guards: [Condition], clearedFlags: Set<FlagIndex>) -> [CounterRetirement?] {
        var ends = [Set<[LastingCondition]>](repeating: [], count: counters)
        var endless = [Bool](repeating: false, count: counters)
        for condition in Set(guards) {
            var read = Set<CounterIndex>()
            for case .compare(let counter, _, _) in StoryWalk.parts(of: condition) { read.insert(counter) }
            guard !read.isEmpty else { continue }
            var candidates: [LastingCondition] = []
            for part in StoryWalk.parts(of: condition) {
                let lasting: LastingCondition? = switch part {
                case .flag(let flag): clearedFlags.contains(flag) ? nil : .flag(flag)
                case .visited(let scene): .visited(scene)
                case .factUnlocked(let fact): .fact(fact)
                default: nil
                }
                if let lasting, !candidates.contains(lasting) { candidates.append(lasting) }
            }
            for counter in read {
                let enders = candidates.filter { !reads(condition, counter, once: $0) }
                if enders.isEmpty { endless[counter] = true } else { ends[counter].insert(enders) }
            }
        }
        return (0..<counters).map { counter in
            endless[counter] || ends[counter].isEmpty ? nil : CounterRetirement(guards: Array(ends[counter]))
        }
    }

    /// Whether the condition's value can still depend on the counter once `lasting` holds.
    static func reads(_ condition: Condition, _ counter: CounterIndex, once lasting: LastingCondition) -> Bool {
        if value(of: condition, once: lasting) != nil { return false }
        switch condition {
        case .compare(let compared, _, _): return compared == counter
        case .not(let inner): return reads(inner, counter, once: lasting)
        case .and(let a, let b), .or(let a, let b): return reads(a, counter, once: lasting) || reads(b, counter, once: lasting)
        default: return false
        }
    }

    /// The value the condition must have once `lasting` holds, or nil when that does not settle it.
    static func value(of condition: Condition, once lasting: LastingCondition) -> Bool? {
        switch condition {
        case .flag(let flag): lasting == .flag(flag) ? true : nil
        case .visited(let scene): lasting == .visited(scene) ? true : nil
        case .factUnlocked(let fact): lasting == .fact(fact) ? true : nil
        case .not(let inner): value(of: inner, once: lasting).map { !$0 }
        case .and(let a, let b):
            switch (value(of: a, once: lasting), value(of: b, once: lasting)) {
            case (.some(false), _), (_, .some(false)): false
            case (.some(true), .some(true)): true
            default: nil
            }
        case .or(let a, let b):
            switch (value(of: a, once: lasting), value(of: b, once: lasting)) {
            case (.some(true), _), (_, .some(true)): true
            case (.some(false), .some(false)): false
            default: nil
            }
        default: nil
        }
    }
}
