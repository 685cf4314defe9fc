import StoryCompiler
import StoryModel

/// `here-line-moves`: a person's `here` line that names no condition, for a person the story moves
/// to another scene. Session 35's author wrote `here Jens waves to you from the lamp post.` and
/// `move jens to crowd`: at the border her players read that Jens waved from the lamp post of the
/// street they had left. The `here` line follows the person; it fits every place only if it says
/// nothing of one, or chooses by `{if in SCENE}…{else}…{end}`.
struct HereLineMovesRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        // Where each person is moved to, anywhere in the story.
        var movedTo: [ThingIndex: Set<SceneIndex>] = [:]
        for effect in context.effects {
            if case .move(let thing, let scene) = effect, story.things[thing].isPerson { movedTo[thing, default: []].insert(scene) }
        }
        var found: [Diagnostic] = []
        for (person, targets) in movedTo.sorted(by: { $0.key < $1.key }) {
            let thing = story.things[person]
            guard let here = thing.hereText, !here.paragraphs.joined().contains(where: \.isConditional) else { continue }
            var scenes = targets
            if case .scene(let start) = thing.initialPlace { scenes.insert(start) }
            guard scenes.count > 1 else { continue }
            let names = scenes.sorted().map { "'\(story.scenes[$0].id)'" }
            found.append(Diagnostic(
                .warning, .hereLineMoves,
                "the 'here' line of '\(thing.id)' is shown wherever they are, and the story moves them: it is shown in \(names.joined(separator: ", "))",
                at: thing.range,
                help: "if it names a place (\"from the lamp post\"), say it only there: here {if in \(story.scenes[scenes.sorted()[0]].id)}…{else}…{end}"))
        }
        return found
    }
}

private extension TextPart {
    var isConditional: Bool {
        if case .conditional = self { return true }
        return false
    }
}
