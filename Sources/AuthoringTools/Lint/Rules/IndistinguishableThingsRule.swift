import StoryCompiler
import StoryModel

/// `indistinguishable-things`: two things that start in the same place where every word naming
/// one also names the other, so the player can never pick out the first.
struct IndistinguishableThingsRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        let things = story.things
        let vocabulary = context.thingWords
        // The things of each starting place, in story order, so each thing is compared only with
        // those that start beside it: those of a scene as `NounScope` lists them, the few
        // elsewhere (carried, worn, in another thing) by place. A dictionary keyed by every
        // thing's place hashed each thing twice (docs/performance.md, "Compile, sixteenth round").
        var elsewhere: [Thing.InitialPlace: [ThingIndex]] = [:]
        for index in things.indices where !Self.isScene(things[index].initialPlace, among: story.scenes.count) {
            elsewhere[things[index].initialPlace, default: []].append(index)
        }
        var found: [Diagnostic] = []
        for a in things.indices where things[a].initialPlace != .nowhere {
            let place = things[a].initialPlace
            let beside: [ThingIndex]
            if case .scene(let scene) = place, Self.isScene(place, among: story.scenes.count) {
                beside = context.nouns.starting(in: scene)
            } else {
                beside = elsewhere[place] ?? []
            }
            for b in beside where a != b {
                guard vocabulary.wordsOf(a, areAmongWordsOf: b),
                      vocabulary.numbers[a] != vocabulary.numbers[b] || a < b else { continue }
                let other = things[b]
                found.append(Diagnostic(.warning, .indistinguishableThings,
                                        "every word that names '\(things[a].id)' also names '\(other.id)', which starts in the same place: the player cannot pick out '\(things[a].id)'",
                                        at: things[a].range, notes: [Diagnostic.Note("'\(other.id)' is declared here", at: other.range)],
                                        help: "give '\(things[a].id)' a word of its own with 'nouns' or 'adjectives'"))
                break
            }
        }
        return found
    }

    /// True for a scene the story has (where `NounScope.starting(in:)` lists what starts there).
    private static func isScene(_ place: Thing.InitialPlace, among count: Int) -> Bool {
        if case .scene(let scene) = place { return scene >= 0 && scene < count }
        return false
    }
}
