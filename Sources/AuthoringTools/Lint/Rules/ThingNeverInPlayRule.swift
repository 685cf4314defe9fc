import StoryCompiler
import StoryModel

/// `thing-never-in-play`: a thing a condition or an action needs, that starts nowhere and that
/// nothing gives or moves into play.
struct ThingNeverInPlayRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        var needed = Set<ThingIndex>()
        for condition in context.conditionParts {
            switch condition {
            case .holding(let thing), .wearing(let thing): needed.insert(thing)
            case .thingAt(let thing, let place) where place != .nowhere: needed.insert(thing)
            default: break
            }
        }
        for action in story.actions {
            for pattern in action.patterns {
                for case .slot(.thing(let thing)) in pattern.elements { needed.insert(thing) }
            }
        }
        var brought = Set<ThingIndex>()
        for effect in context.effects {
            switch effect {
            case .give(let thing), .move(let thing, _), .moveHere(let thing): brought.insert(thing)
            default: break
            }
        }
        return story.things.indices.filter { thing in
            needed.contains(thing) && !brought.contains(thing) && story.things[thing].initialPlace == .nowhere
        }.map { index in
            let thing = story.things[index]
            let swallowed = context.sources.textLikeEffects.note(forLineStartingWith: ["give", thing.id], ["move", thing.id])
            return Diagnostic(.warning, .thingNeverInPlay,
                              "'\(thing.id)' starts nowhere and nothing gives it or moves it into play, but the story needs it",
                              at: thing.range, notes: swallowed.map { [$0] } ?? [], help: swallowed != nil ? nil : "put it in a scene (declare it inside the scene, or add 'starts in SCENE'), or add 'give \(thing.id)' or 'move \(thing.id) to SCENE' to an action")
        }
    }
}
