import StoryCompiler
import StoryModel

/// `counter-never-read` and `counter-never-changed`: a counter that changes but that no
/// condition compares, or one that conditions compare but nothing changes.
struct CounterUseRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        var read = Set<CounterIndex>(), changed = Set<CounterIndex>()
        for case .compare(let counter, _, _) in context.conditionParts { read.insert(counter) }
        for effect in context.effects {
            switch effect {
            case .setCounter(let counter, _), .addToCounter(let counter, _): changed.insert(counter)
            default: break
            }
        }
        var found: [Diagnostic] = []
        for (index, counter) in story.counters.enumerated() {
            let name = counter.name
            if changed.contains(index), !read.contains(index) {
                let place = context.find(["to", name], instructionsOnly: true) ?? context.find(["from", name], instructionsOnly: true)
                    ?? context.find(["set", name], instructionsOnly: true)
                found.append(Diagnostic(.warning, .counterNeverRead, "the counter '\(name)' changes but nothing reads it",
                                        at: place, help: "compare it in a condition ('only if \(name) > 2', '{if \(name) = 0}…{end}'), or remove it"))
            } else if read.contains(index), !changed.contains(index) {
                let swallowed = context.sources.textLikeEffects.note(
                    forLineStartingWith: ["set", name, "to"], ["add", nil, "to", name], ["subtract", nil, "from", name])
                found.append(Diagnostic(.warning, .counterNeverChanged,
                                        "the counter '\(name)' is compared but nothing changes it, so it stays \(counter.initialValue)",
                                        at: context.find(["counter", name]) ?? context.find([name]), notes: swallowed.map { [$0] } ?? [],
                                        help: swallowed == nil ? "add 'add 1 to \(name)' (or 'set \(name) to N') where it should change" : nil))
            }
        }
        return found
    }
}
