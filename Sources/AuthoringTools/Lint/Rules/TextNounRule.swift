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
        let nouns = NounScope(context)
        var found: [Diagnostic] = []
        for (index, scene) in context.story.scenes.enumerated() {
            for (word, named) in nouns.unanswered(in: nouns.sceneTexts(index), scenes: [index]) {
                let place = context.find([word], in: scene.range.start.file, lines: context.lines(of: scene), skippingDeclarations: true) ?? scene.range
                found.append(nouns.warning(word: word, named: named, shownIn: "the text of '\(scene.id)'", at: place, notHere: .nounNotHere, personNotHere: .personNotHere))
            }
        }
        return found
    }
}

/// The noun heuristics shared by the rules that look for words a player reads and then types
/// (`TextNounRule`, `ReplyNounRule`): which things can be in a scene, and which words of a text
/// name a thing of the story that none of them is.
struct NounScope {
    let story: Story
    let vocabulary: Vocabulary
    private var movedTo: [SceneIndex: Set<ThingIndex>] = [:]
    private var movable = Set<ThingIndex>()

    init(_ context: LintContext) {
        story = context.story
        vocabulary = Vocabulary(story: story)
        for effect in context.walk.effects() {
            switch effect {
            case .move(let thing, let scene): movedTo[scene, default: []].insert(thing)
            case .moveHere(let thing), .give(let thing): movable.insert(thing)
            default: break
            }
        }
    }

    /// True when the thing starts in the scene, can be moved or carried there.
    func canBeHere(_ thing: ThingIndex, in scene: SceneIndex) -> Bool {
        let item = story.things[thing]
        return item.initialPlace == .scene(scene) || movedTo[scene, default: []].contains(thing) || movable.contains(thing)
            || (item.isPortable && !item.isPerson) || item.initialPlace == .carried
    }

    /// The things a scene's block declares or an effect moves there.
    func things(of scene: SceneIndex) -> [ThingIndex] {
        story.things.indices.filter { story.things[$0].initialPlace == .scene(scene) || movedTo[scene, default: []].contains($0) }
    }

    /// A scene's own text: description, first visit, revisit, and the `here` lines of what starts there.
    func sceneTexts(_ index: SceneIndex) -> [Text] {
        let scene = story.scenes[index]
        let starting = story.things.indices.filter { story.things[$0].initialPlace == .scene(index) }
        return [scene.description, scene.firstVisit, scene.revisit] + starting.compactMap { story.things[$0].hereText }
    }

    /// The words of the texts, each once and in order, that name a thing of the story (not only as an
    /// adjective) while nothing they name can be in any of the scenes; with the things each names.
    func unanswered(in texts: [Text], scenes: [SceneIndex]) -> [(word: String, named: [ThingIndex])] {
        unanswered(words: texts.flatMap(StoryWalk.words), scenes: scenes)
    }

    /// The same for words already taken from a text (lowercased).
    func unanswered(words: [String], scenes: [SceneIndex]) -> [(word: String, named: [ThingIndex])] {
        var reported = Set<String>()
        var out: [(word: String, named: [ThingIndex])] = []
        for word in words where !reported.contains(word) {
            let answering = vocabulary.thingsByWord[word] ?? []
            let named = answering.filter { !story.things[$0].adjectives.contains(word) }
            guard !named.isEmpty, !answering.contains(where: { thing in scenes.contains { canBeHere(thing, in: $0) } }) else { continue }
            reported.insert(word)
            out.append((word, named))
        }
        return out
    }

    /// The warning for a word: a person who cannot be talked to, or a thing that cannot be examined.
    func warning(word: String, named: [ThingIndex], shownIn source: String, at place: SourceRange,
                 notHere: DiagnosticCode, personNotHere: DiagnosticCode) -> Diagnostic {
        if let person = named.first(where: { story.things[$0].isPerson }) {
            let who = story.things[person]
            return Diagnostic(.warning, personNotHere,
                              "\(source) names '\(word)', but \(who.name) ('\(who.id)') is not in this scene: 'talk to \(word)' will fail here",
                              at: place, help: "put '\(who.id)' in this scene, move them here with 'move \(who.id) here', or reword the text")
        }
        return Diagnostic(.warning, notHere,
                          "\(source) mentions '\(word)', but nothing here answers to it: 'x \(word)' will say \"You can't see any such thing.\"",
                          at: place, help: "add a thing to this scene that answers to '\(word)' (it can be 'fixed'), or reword the text")
    }
}
