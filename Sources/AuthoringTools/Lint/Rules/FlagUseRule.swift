import StoryCompiler
import StoryModel

/// `flag-never-read` and `flag-never-set`: a flag that is set but that no condition reads, or a
/// declared flag that conditions read but nothing sets.
struct FlagUseRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        var read = Set<FlagIndex>(), set = Set<FlagIndex>()
        for case .flag(let flag) in context.conditionParts { read.insert(flag) }
        for effect in context.effects {
            if case .setFlag(let flag) = effect { set.insert(flag) }
        }
        var found: [Diagnostic] = []
        for (index, name) in story.flags.enumerated() {
            if set.contains(index), !read.contains(index) {
                found.append(Diagnostic(.warning, .flagNeverRead, "the flag '\(name)' is set but nothing reads it",
                                        at: context.find(["set", name], instructionsOnly: true),
                                        help: "use it in a condition ('only if \(name)', '{if \(name)}…{end}'), or remove the 'set'"))
            } else if read.contains(index), !set.contains(index) {
                let swallowed = context.sources.textLikeEffects.note(forLineStartingWith: ["set", name])
                found.append(Diagnostic(.warning, .flagNeverSet, "the flag '\(name)' is read but nothing sets it, so it is always off",
                                        at: context.find(["flag", name]) ?? context.find([name]), notes: swallowed.map { [$0] } ?? [],
                                        help: swallowed == nil ? "add 'set \(name)' where it should become true" : nil))
            }
        }
        return found
    }
}
