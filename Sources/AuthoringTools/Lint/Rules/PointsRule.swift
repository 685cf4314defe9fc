import StoryCompiler
import StoryModel

/// `points-over-maximum`: the story's awards add up to more than its `maximum score`, so a player
/// could be told "You scored 4 out of a possible 3" (a blind author's find). Awards in `if`/`else`
/// branches that exclude each other can make this harmless; the warning says how the sum was made.
///
/// `points-under-maximum`: the awards add up to less than the `maximum score`, so even the best
/// player reads "You scored 2 out of a possible 3" (the twelfth blind author). An award in an
/// action that can run more than once may make up the difference; the help says so.
///
/// Awards in a body that ends the story exclude each other (one ending ends it): only the
/// largest of them counts against the maximum (the nineteenth blind author's two endings,
/// each `award 2 points` then `end success`, were warned of).
struct PointsRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        guard let maximum = context.story.world.maximumScore else { return [] }
        let awards = context.effects.compactMap { effect -> Int? in
            if case .award(let points) = effect { return points }
            return nil
        }
        let total = awards.reduce(0, +)
        if total < maximum {
            let sum = awards.isEmpty ? "no award lines" : "\(total) point\(total == 1 ? "" : "s")"
                + (awards.count > 1 ? " (\(awards.map(String.init).joined(separator: " + ")))" : "")
            return [Diagnostic(.warning, .pointsUnderMaximum,
                               "the story's awards add up to \(sum), less than its maximum score of \(maximum): no player can reach it",
                               at: context.find(["maximum", "score"]),
                               help: "lower the maximum to \(total), or add an `award` line; if an award can be given more than once, make sure a player can collect \(maximum)")]
        }
        guard total > maximum, Self.mostOnePlayerCollects(StoryWalk(story: context.story)) > maximum else { return [] }
        return [Diagnostic(.warning, .pointsOverMaximum,
                           "the story's awards add up to \(total) points (\(awards.map(String.init).joined(separator: " + "))), more than its maximum score of \(maximum)",
                           at: context.find(["maximum", "score"]),
                           help: "raise the maximum to \(total), or remove an award; if some awards exclude each other, make sure no player can collect more than \(maximum)")]
    }

    /// The awards' sum, counting of the awards in bodies that end the story only the largest body's.
    static func mostOnePlayerCollects(_ walk: StoryWalk) -> Int {
        var ordinary = 0
        var endingBodies: [Int] = [0]
        func visit(_ list: [Effect]) {
            let ends = list.contains { if case .end = $0 { true } else { false } }
            var here = 0
            for effect in list {
                switch effect {
                case .award(let points): here += points
                case .branch(_, let then, let otherwise): visit(then); visit(otherwise)
                case .oneOf(let choices): choices.forEach(visit)
                default: break
                }
            }
            if ends { endingBodies.append(here) } else { ordinary += here }
        }
        walk.responses().forEach { visit($0.effects) }
        for index in walk.story.scenes.indices {
            walk.story.scenes[index].exits.forEach { visit($0.travel) }
        }
        return ordinary + (endingBodies.max() ?? 0)
    }
}
