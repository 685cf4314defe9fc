import StoryCompiler
import StoryModel

/// `ending-never-reached`: an ending that no `end` line names.
struct EndingNeverReachedRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var named = Set<EndingIndex>()
        for case .end(let ending) in context.effects { named.insert(ending) }
        return context.story.endings.indices.filter { !named.contains($0) }.map { index in
            let ending = context.story.endings[index]
            let swallowed = context.sources.textLikeEffects.note(forLineStartingWith: ["end", ending.id])
            return Diagnostic(.warning, .endingNeverReached, "nothing reaches the ending '\(ending.id)': no 'end \(ending.id)' line",
                              at: ending.range, notes: swallowed.map { [$0] } ?? [],
                              help: swallowed == nil ? "add 'end \(ending.id)' to an action, a conversation or an exit" : nil)
        }
    }
}

/// `no-success-ending`: a story whose endings are all failures (or that has none).
struct NoSuccessEndingRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        guard !story.endings.contains(where: \.isSuccess) else { return [] }
        let message = story.endings.isEmpty ? "the story has no ending, so it can never be finished"
                                            : "the story has no success ending: every ending is a failure"
        return [Diagnostic(.warning, .noSuccessEnding, message, at: story.endings.first?.range,
                           help: "declare one with: ending ID \"Title\" success, and reach it with 'end ID'")]
    }
}
