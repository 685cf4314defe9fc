import StoryCompiler
import StoryModel

/// `points-again`: an `award` in an action a player can run again and again, with nothing in the
/// action that stops the second time: `on examine {seals}` with `award 1 point` gave a blind
/// author's tester "You have scored 12 out of a possible 10" after twelve `x seals`. An award is
/// given once when a condition over it (the action's `only if`, or an `if` around the award)
/// reads a flag, fact or counter the same action changes (`if not knows seals-found` …
/// `unlock fact seals-found`), or when the action ends the story or takes one of its things
/// away (`remove flare`).
struct PointsAgainRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.effects.contains(where: { if case .award = $0 { true } else { false } }) else { return [] }
        var found: [Diagnostic] = []
        for action in context.story.actions where Self.awardsAgain(action.response) {
            let lines = action.range.start.line...max(action.range.start.line, Self.lastLine(of: action, context))
            found.append(Diagnostic(.warning, .pointsAgain,
                                    "this `award` gives its points every time the action runs, and nothing stops a player running it again: the score can pass the maximum",
                                    at: context.find(["award"], in: action.range.start.file, lines: lines, instructionsOnly: true) ?? action.range,
                                    help: "give the points once: put the `award` under `if not FLAG` and `set FLAG` beside it (or `if not knows FACT` with `unlock fact FACT`)"))
        }
        return found
    }

    /// The last line an action's award can be on: the line before the next declaration or
    /// action of its file, as far as the story model tells (its range is its first line).
    private static func lastLine(of action: Action, _ context: LintContext) -> Int {
        let file = action.range.start.file
        let later = context.story.actions.map(\.range.start).filter { $0.file == file && $0.line > action.range.start.line }.map(\.line)
        let next = later.min() ?? context.sources.lineCount(of: file) + 1
        return next - 1
    }

    /// True when the response gives points with nothing that stops a second time.
    static func awardsAgain(_ response: Response) -> Bool {
        let all = response.effects.flatMap(\.flattened)
        guard all.contains(where: { if case .award = $0 { true } else { false } }) else { return false }
        var changed = Changed()
        for effect in all {
            switch effect {
            case .end, .remove, .goTo: return false
            case .setFlag(let flag), .clearFlag(let flag): changed.flags.insert(flag)
            case .setCounter(let counter, _), .addToCounter(let counter, _): changed.counters.insert(counter)
            case .unlockFact(let fact): changed.facts.insert(fact)
            default: break
            }
        }
        if changed.isRead(by: response.guardCondition) { return false }
        return awardUnguarded(response.effects, changed: changed)
    }

    /// True when an award lies outside every `if` whose condition reads what the action changes.
    private static func awardUnguarded(_ effects: [Effect], changed: Changed) -> Bool {
        for effect in effects {
            switch effect {
            case .award: return true
            case .branch(let condition, let then, let otherwise):
                if changed.isRead(by: condition) { continue }
                if awardUnguarded(then, changed: changed) || awardUnguarded(otherwise, changed: changed) { return true }
            case .oneOf(let choices):
                if choices.contains(where: { awardUnguarded($0, changed: changed) }) { return true }
            default: break
            }
        }
        return false
    }

    /// What an action changes that a condition could read.
    private struct Changed {
        var flags: Set<FlagIndex> = []
        var counters: Set<CounterIndex> = []
        var facts: Set<FactIndex> = []

        func isRead(by condition: Condition) -> Bool {
            switch condition {
            case .flag(let flag): flags.contains(flag)
            case .compare(let counter, _, _): counters.contains(counter)
            case .factUnlocked(let fact): facts.contains(fact)
            case .not(let inner): isRead(by: inner)
            case .and(let a, let b), .or(let a, let b): isRead(by: a) || isRead(by: b)
            default: false
            }
        }
    }
}
