import StoryCompiler
import StoryModel

/// `unreachable-scene`: a scene that no exit, `go to` or action leads to from the start.
struct UnreachableSceneRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        let reached = context.links.reached
        return story.scenes.indices.filter { !reached[$0] }.map { index in
            let scene = story.scenes[index]
            let swallowed = context.sources.textLikeEffects.note(forLineStartingWith: ["go", "to", scene.id])
            return Diagnostic(.warning, .unreachableScene,
                              "no path from the start reaches the scene '\(scene.id)': no exit, 'go to' or action leads there",
                              at: scene.range, notes: swallowed.map { [$0] } ?? [],
                              help: swallowed == nil ? "add an exit to it from another scene (exit east to \(scene.id)), or remove it" : nil)
        }
    }
}
