import StoryCompiler
import StoryModel

/// `unreachable-scene`: a scene that no exit, `go to` or action leads to from the start.
struct UnreachableSceneRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        let graph = StoryGraph(story: story)
        var reached: Set<SceneIndex> = [story.start]
        var queue = [story.start]
        let fromAnywhere = graph.edges.filter { $0.from == .anywhere }.compactMap { edge -> SceneIndex? in
            if case .scene(let scene) = edge.to { scene } else { nil }
        }
        for scene in fromAnywhere where reached.insert(scene).inserted { queue.append(scene) }
        while let scene = queue.popLast() {
            for edge in graph.edges where edge.from == .scene(scene) {
                if case .scene(let next) = edge.to, reached.insert(next).inserted { queue.append(next) }
            }
        }
        return story.scenes.indices.filter { !reached.contains($0) }.map { index in
            let scene = story.scenes[index]
            let swallowed = context.sources.textLikeEffects.note(forLineStartingWith: ["go", "to", scene.id])
            return Diagnostic(.warning, .unreachableScene,
                              "no path from the start reaches the scene '\(scene.id)': no exit, 'go to' or action leads there",
                              at: scene.range, notes: swallowed.map { [$0] } ?? [],
                              help: swallowed == nil ? "add an exit to it from another scene (exit east to \(scene.id)), or remove it" : nil)
        }
    }
}
