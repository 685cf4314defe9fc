import CommandParser
import StoryCompiler
import StoryModel

/// `noun-not-here` and `person-not-here`: a scene's text names something the player will try to
/// examine or talk to, but what answers to that word is in another scene, so the player is told
/// "You can't see any such thing."
///
/// Words of the scene's text (description, first visit, revisit, and the `here` lines of what
/// starts there) are checked against the nouns of every thing; a word is answered when one of the
/// things it names starts in the scene, can be moved there, or can be carried in.
struct TextNounRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        let vocabulary = Vocabulary(story: story)
        var movedTo: [SceneIndex: Set<ThingIndex>] = [:]
        var movable = Set<ThingIndex>()
        for effect in context.walk.effects() {
            switch effect {
            case .move(let thing, let scene): movedTo[scene, default: []].insert(thing)
            case .moveHere(let thing), .give(let thing): movable.insert(thing)
            default: break
            }
        }
        var found: [Diagnostic] = []
        for (index, scene) in story.scenes.enumerated() {
            let starting = story.things.indices.filter { story.things[$0].initialPlace == .scene(index) }
            func canBeHere(_ thing: ThingIndex) -> Bool {
                let item = story.things[thing]
                return item.initialPlace == .scene(index) || movedTo[index, default: []].contains(thing) || movable.contains(thing)
                    || (item.isPortable && !item.isPerson) || item.initialPlace == .carried
            }
            let texts = [scene.description, scene.firstVisit, scene.revisit] + starting.compactMap { story.things[$0].hereText }
            var reported = Set<String>()
            for word in texts.flatMap(StoryWalk.words) where !reported.contains(word) {
                let answering = vocabulary.thingsByWord[word] ?? []
                let named = answering.filter { !story.things[$0].adjectives.contains(word) }
                guard !named.isEmpty, !answering.contains(where: canBeHere) else { continue }
                reported.insert(word)
                let place = context.find([word], in: scene.range.start.file, lines: context.lines(of: scene), skippingDeclarations: true) ?? scene.range
                if let person = named.first(where: { story.things[$0].isPerson }) {
                    let who = story.things[person]
                    found.append(Diagnostic(.warning, .personNotHere,
                                            "the text of '\(scene.id)' names '\(word)', but \(who.name) ('\(who.id)') is not in this scene: 'talk to \(word)' will fail here",
                                            at: place, help: "put '\(who.id)' in this scene, move them here with 'move \(who.id) here', or reword the text"))
                } else {
                    found.append(Diagnostic(.warning, .nounNotHere,
                                            "the text of '\(scene.id)' mentions '\(word)', but nothing here answers to it: 'x \(word)' will say \"You can't see any such thing.\"",
                                            at: place, help: "add a thing to this scene that answers to '\(word)' (it can be 'fixed'), or reword the text"))
                }
            }
        }
        return found
    }
}
