import StoryCompiler
import StoryModel

/// `indistinguishable-things`: two things that start in the same place where every word naming
/// one also names the other, so the player can never pick out the first.
struct IndistinguishableThingsRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        let vocabulary = context.thingWords
        // The things of each starting place, in story order, so each thing is compared only with
        // those that start beside it.
        var byPlace: [Thing.InitialPlace: [ThingIndex]] = [:]
        for index in story.things.indices { byPlace[story.things[index].initialPlace, default: []].append(index) }
        var found: [Diagnostic] = []
        for a in story.things.indices where story.things[a].initialPlace != .nowhere {
            for b in byPlace[story.things[a].initialPlace] ?? [] where a != b {
                guard vocabulary.words[a].isSubset(of: vocabulary.words[b]),
                      vocabulary.words[a] != vocabulary.words[b] || a < b else { continue }
                let other = story.things[b]
                found.append(Diagnostic(.warning, .indistinguishableThings,
                                        "every word that names '\(story.things[a].id)' also names '\(other.id)', which starts in the same place: the player cannot pick out '\(story.things[a].id)'",
                                        at: story.things[a].range, notes: [Diagnostic.Note("'\(other.id)' is declared here", at: other.range)],
                                        help: "give '\(story.things[a].id)' a word of its own with 'nouns' or 'adjectives'"))
                break
            }
        }
        return found
    }
}
