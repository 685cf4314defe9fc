import StoryCompiler
import StoryModel

/// `points-again`: an `award` in an action a player can run again and again, with nothing in the
/// action that stops the second time: `on examine {seals}` with `award 1 point` gave a blind
/// author's tester "You have scored 12 out of a possible 10" after twelve `x seals`. An award is
/// given once when a condition over it (the action's `only if`, or an `if` around the award)
/// reads a flag, fact or counter the same action changes (`if not knows seals-found` …
/// `unlock fact seals-found`; a counter only added to only through `=`: `if calls >= 2` stays
/// true), or when the action ends the story or takes one of its things away (`remove flare`).
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
        // A person's `talk` and topics run again as often as asked (a blind author's `about pump`
        // under `if not holding notebook` with `give notebook`: drop it, ask again, a point more).
        for person in context.story.things where person.isPerson {
            let replies = (person.talk.map { [(["talk"], $0)] } ?? []) + person.topics.map { (["about"] + ($0.phrases.first ?? []), $0.response) }
            for (opening, response) in replies where Self.awardsAgain(response) {
                found.append(Diagnostic(.warning, .pointsAgain,
                                        "this `award` gives its points every time '\(person.id)' is asked, and nothing stops a player asking again: the score can pass the maximum",
                                        at: Self.award(after: opening, in: person, context) ?? person.range,
                                        help: "give the points once: put the `award` under `if not FLAG` and `set FLAG` beside it (or `if not knows FACT` with `unlock fact FACT`); a guard on holding something is not enough, since the player can drop it"))
            }
        }
        return found
    }

    /// The `award` line of a person's `talk` or topic: the first after the line that opens it.
    private static func award(after opening: [String], in person: Thing, _ context: LintContext) -> SourceRange? {
        let file = person.range.start.file
        let last = context.sources.lineCount(of: file)
        guard person.range.start.line <= last else { return nil }
        var opened = false
        for number in person.range.start.line...last {
            guard let line = context.sources.line(number, of: file) else { break }
            if !opened {
                opened = LintContext.firstWord(of: line) == opening[0]
                    && (opening.count == 1 || LintContext.column(of: Array(opening.dropFirst()), in: line) != nil)
            } else if LintContext.firstWord(of: line) == "award", let column = LintContext.column(of: ["award"], in: line) {
                return SourceRange(start: SourceLocation(file: file, line: number, column: column), length: line.count - column + 1)
            }
        }
        return nil
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
            case .setCounter(let counter, _): changed.counters.insert(counter); changed.setCounters.insert(counter)
            case .addToCounter(let counter, _): changed.counters.insert(counter)
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
        /// The counters the action sets to a value (the rest it only adds to or subtracts from).
        var setCounters: Set<CounterIndex> = []
        var facts: Set<FactIndex> = []

        /// True when the condition reads what the action changes so that it holds once: a counter
        /// only added to stops a second award only through `=` (a blind author's Titanic had
        /// `add 1 to calls` and `if calls >= 2`, true for every call after the second: 3 of 4).
        func isRead(by condition: Condition, negated: Bool = false) -> Bool {
            switch condition {
            case .flag(let flag): flags.contains(flag)
            case .compare(let counter, let comparison, _):
                counters.contains(counter)
                    && (setCounters.contains(counter) || comparison == (negated ? .notEqual : .equal))
            case .factUnlocked(let fact): facts.contains(fact)
            case .not(let inner): isRead(by: inner, negated: !negated)
            case .and(let a, let b), .or(let a, let b): isRead(by: a, negated: negated) || isRead(by: b, negated: negated)
            default: false
            }
        }
    }
}
