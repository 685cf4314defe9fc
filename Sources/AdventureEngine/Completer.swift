import CommandParser
import StoryModel

/// Suggests how to finish the word being typed, from what makes sense in the current scene:
/// verbs, directions, named exits, and the names of things and people in sight.
///
/// Front ends use it for Tab completion; it knows nothing about terminals.
public struct Completer: Sendable {
    public let engine: Engine

    public init(engine: Engine) {
        self.engine = engine
    }

    /// Words that complete `prefix`, given the words already typed before it, sorted.
    /// - Parameter extra: more words the front end knows (save names after `restore`).
    public func completions(after before: [String], prefix: String, state: GameState, extra: [String] = []) -> [String] {
        let story = engine.story
        let vocabulary = engine.parser.vocabulary
        var words: Set<String> = []
        let scene = story.scenes[state.scene]
        let visible = StateScope(story: engine.story, state: state).visibleThings
        if let first = before.first, ["restore", "load", "save"].contains(first) {
            words.formUnion(extra)
        } else if before.isEmpty {
            words.formUnion(Self.verbs)
            for index in scene.actions + story.globalActions {
                words.formUnion(story.actions[index].patterns.compactMap(\.verb))
            }
            words.formUnion(Direction.allCases.map(\.rawValue))
            for exit in scene.exits { if case .named(let phrases) = exit.way { words.formUnion(phrases.compactMap(\.first)) } }
        } else {
            let last = before[before.count - 1]
            if ["go", "walk", "run", "head", "drive"].contains(last) {
                words.formUnion(Direction.allCases.map(\.rawValue))
                words.insert("to")
            }
            if last == "to" && before.count == 2 && ["go", "walk", "run", "head", "drive"].contains(before[0]) {
                for exit in scene.exits { words.formUnion(vocabulary.sceneWords[exit.target]) }
            }
            // Only the words the story gives a thing (the parser also reads a made-up plural or
            // singular of each noun, but offering `ortizes` for Ortiz stopped Tab completing
            // anything); the plural of a noun that names several things in sight (`flares`).
            var namedBy: [String: Int] = [:]
            for thing in Self.fitting(visible, verb: before, story: story) {
                words.formUnion(story.things[thing].nouns)
                words.formUnion(story.things[thing].adjectives)
                for noun in Set(story.things[thing].nouns) { namedBy[noun, default: 0] += 1 }
                if before.contains("about") { words.formUnion(story.things[thing].topics.flatMap { $0.phrases.joined() }) }
            }
            for (noun, count) in namedBy where count > 1 { words.insert(Vocabulary.otherNumber(noun)) }
            for exit in scene.exits {
                guard case .named(let phrases) = exit.way else { continue }
                for phrase in phrases where phrase.count > before.count && Array(phrase.prefix(before.count)) == before {
                    words.insert(phrase[before.count])
                }
            }
            words.formUnion(["to", "about", "on", "with", "all"])
        }
        return words.filter { $0.hasPrefix(prefix) && !$0.hasPrefix("#") }.sorted()
    }

    /// The things a verb typed so far can take, when it says (`wear r` offers the things one can
    /// wear, not the river and the road: the second teacher's rehearsal); all of them when none fits.
    static func fitting(_ things: [ThingIndex], verb before: [String], story: Story) -> [ThingIndex] {
        let fits: ((Thing) -> Bool)?
        switch before {
        case ["wear"], ["put", "on"]: fits = { $0.isWearable }
        case ["take"], ["get"], ["pick", "up"], ["grab"], ["steal"]: fits = { $0.isPortable }
        case ["talk", "to"], ["ask"], ["tell"], ["thank"], ["greet"], ["hug"], ["salute"]: fits = { $0.isPerson }
        default: fits = nil
        }
        guard let fits else { return things }
        let fitting = things.filter { fits(story.things[$0]) }
        return fitting.isEmpty ? things : fitting
    }

    /// The built-in verbs worth offering (no one-letter abbreviations).
    static let verbs: [String] = [
        "look", "examine", "read", "take", "drop", "wear", "inventory", "wait", "talk", "ask", "give", "show", "use",
        "go", "again", "undo", "oops", "journal", "hint", "help", "score", "restart", "quit", "save", "restore",
        "credits", "pick", "put", "tell", "open", "close", "unlock", "lock", "search", "push", "pull", "listen", "smell",
        "touch", "eat", "drink", "climb", "exits",
    ]
}
