import StoryCompiler
import StoryModel

/// Finds what might be a mistake in a story that compiles: scenes no one reaches, flags nothing
/// reads, things the text names that the player cannot examine, and the rest of the rules in
/// `Lint/Rules/`.
///
///     let warnings = Linter().lint(story, sources: result.sources)
public struct Linter: Sendable {
    static let rules: [any LintRule] = [
        UnreachableSceneRule(), DeadEndSceneRule(), ThingNeverInPlayRule(), FlagUseRule(), CounterUseRule(),
        EndingNeverReachedRule(), NoSuccessEndingRule(), IndistinguishableThingsRule(), TextNounRule(),
        PointsRule(),
        PointsAgainRule(),
        ThingNotMentionedRule(),
        ReplyNounRule(),
        AnythingAmongTopicsRule(),
        HintCommandRule(),
        PersonInReplyRule(),
        QuestionSharesAnswerRule(),
        WayOnNotListedRule(),
        CommonTopicWordRule(),
        TopicNeverAnswersRule(),
        ExitBranchGoesAnywayRule(),
        HereLineMovesRule(),
    ]

    public init() {}

    /// Every warning, in the order of the lines they point to (those with no place last).
    public func lint(_ story: Story, sources: SourceManager) -> [Diagnostic] {
        lint(story, sources: sources, keepingIn: nil)
    }

    /// The same, handing the rules' indexes to `leftovers` instead of freeing them: for a process
    /// that ends right after (`check`).
    public func lint(_ story: Story, sources: SourceManager, keepingIn leftovers: BuildLeftovers?) -> [Diagnostic] {
        let context = LintContext(story: story, sources: sources)
        leftovers?.keep(context)
        let found = Self.rules.flatMap { $0.check(context) }
        return found.enumerated().sorted { a, b in
            switch (a.element.range, b.element.range) {
            case let (x?, y?) where x.start != y.start: x.start < y.start
            case (.some, nil): true
            case (nil, .some): false
            default: a.offset < b.offset
            }
        }.map(\.element)
    }
}
