import Foundation
import StoryCompiler
import StoryModel

/// `exit-branch-goes-anyway`: an exit whose body chooses by `if … else` between a branch that
/// only says something and one that does something. Session 35's author wrote
///
///     exit "push to the front" to barrier
///       if not jens-coming
///         On your own you cannot get through the crowd.
///       else
///         Jens takes your hand and you push…
///         move jens to barrier
///
/// meaning the first branch as a refusal; the player read it and arrived at the barrier all the
/// same, and neither `check` nor `verify` said a word. Every branch of an exit goes through: only
/// `only if … else "…"` keeps the player here (or a branch that ends with the story's yes-or-no
/// question, which the engine asks first).
struct ExitBranchGoesAnywayRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        var found: [Diagnostic] = []
        // By index, the exits read in place: a copy of every scene and exit was 1.2 % of `check`
        // of catalogue N = 5,000, whose exits have no branches at all.
        for index in story.scenes.indices {
            let exits = story.scenes[index].exits
            for at in exits.indices where exits[at].travel.contains(where: { Self.isRefusalBranch($0) }) {
                let scene = story.scenes[index], exit = exits[at]
                let target = story.scenes[exit.target].id
                found.append(Diagnostic(
                    .warning, .exitBranchGoesAnyway,
                    "every branch of the exit '\(exit.label)' takes the player to '\(target)': a branch that only says something (a refusal?) does not keep them in '\(scene.id)'",
                    at: exit.range,
                    help: "to keep the player here, guard the exit instead: only if CONDITION, else \"…\" (the text to show when it refuses); if every branch should go through, no change is needed"))
            }
        }
        return found
    }

    /// True for an `if … else` whose arms are one that only says something (no question) and one
    /// that does something: what reads as a refusal beside the way through. Also when every arm
    /// only says something and one of them reads as a refusal ("You'd better go back for it."):
    /// session 36's author wrote `if not wearing coat` / Mama's "Where is your coat? … You'd
    /// better go back for it." / `else` / the ride, and arrived at Holt Street without a word.
    static func isRefusalBranch(_ effect: Effect) -> Bool {
        guard case .branch = effect else { return false }
        let arms = arms(of: effect)
        let saying = arms.filter { !$0.isEmpty && $0.allSatisfy(\.isSay) && !asks($0) }
        guard arms.count > 1, !saying.isEmpty else { return false }
        if arms.contains(where: { $0.contains { !$0.isSay } }) { return true }
        return saying.count == arms.count && saying.contains(where: refuses)
    }

    /// Words of a text that keeps the player from going: "you cannot", "go back for it", "not without".
    private static let refusalPhrases = ["can't", "cannot", "can not", "won't let you", "go back", "turn back", "not without",
                                         "not yet", "you'd better", "you had better", "stops you", "blocks your way",
                                         "you need to", "you must", "you may not", "you are not allowed", "you're not allowed"]

    /// True when the arm's text says the player cannot or should not go.
    static func refuses(_ arm: [Effect]) -> Bool {
        var refuses = false
        for case .say(let text) in arm {
            text.forEachLiteral { literal in
                let lowered = literal.lowercased().replacingOccurrences(of: "’", with: "'")
                if refusalPhrases.contains(where: lowered.contains) { refuses = true }
            }
        }
        return refuses
    }

    /// The arms of a branch: its `then`, and its `otherwise`, or the arms of the `else if` that is
    /// all its `otherwise` holds; nothing for any other effect.
    static func arms(of effect: Effect) -> [[Effect]] {
        guard case .branch(_, let then, let otherwise) = effect else { return [] }
        if otherwise.count == 1, case .branch = otherwise[0] { return [then] + arms(of: otherwise[0]) }
        return [then, otherwise]
    }

    /// True when the way's text asks a question, as the engine reads it (`Engine.closingQuestion`):
    /// its last text ends with a question mark, not inside quotation marks (a closing note in
    /// brackets aside), and the engine's "Are you sure?" keeps the player. "Where is your coat?
    /// You'll catch your death." asks nothing: the player goes.
    static func asks(_ way: [Effect]) -> Bool {
        var last: String?
        for case .say(let text) in way { text.forEachLiteral { last = $0 } }
        guard var ending = last?.trimmingCharacters(in: .whitespacesAndNewlines) else { return false }
        if ending.hasSuffix(")"), let open = ending.lastIndex(of: "("), !ending[open...].contains("?") {
            ending = String(ending[..<open]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return ending.hasSuffix("?")
    }
}

private extension Effect {
    var isBranch: Bool {
        if case .branch = self { return true }
        return false
    }

    var isSay: Bool {
        if case .say = self { return true }
        return false
    }
}
