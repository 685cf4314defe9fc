import StoryCompiler
import StoryModel

/// `dead-end-scene`: a scene with no exit and no action that goes on or ends the story.
struct DeadEndSceneRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        let leaves = context.links.leaves
        return story.scenes.indices.filter { !leaves[$0] }.map { index in
            let scene = story.scenes[index]
            return Diagnostic(.warning, .deadEndScene,
                              "the scene '\(scene.id)' has no way on: no exit, and no action that goes to another scene or ends the story",
                              at: scene.range, help: "add an exit, or an action with 'go to SCENE' or 'end ENDING'; a player who gets here is stuck")
        }
    }
}
