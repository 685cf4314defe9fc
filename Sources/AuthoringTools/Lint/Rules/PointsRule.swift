import StoryCompiler
import StoryModel

/// `points-over-maximum`: the story's awards add up to more than its `maximum score`, so a player
/// could be told "You scored 4 out of a possible 3" (a blind author's find). Awards in `if`/`else`
/// branches that exclude each other can make this harmless; the warning says how the sum was made.
struct PointsRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        guard let maximum = context.story.world.maximumScore else { return [] }
        let awards = context.effects.compactMap { effect -> Int? in
            if case .award(let points) = effect { return points }
            return nil
        }
        let total = awards.reduce(0, +)
        guard total > maximum else { return [] }
        return [Diagnostic(.warning, .pointsOverMaximum,
                           "the story's awards add up to \(total) points (\(awards.map(String.init).joined(separator: " + "))), more than its maximum score of \(maximum)",
                           at: context.find(["maximum", "score"]),
                           help: "raise the maximum to \(total), or remove an award; if some awards exclude each other, make sure no player can collect more than \(maximum)")]
    }
}
