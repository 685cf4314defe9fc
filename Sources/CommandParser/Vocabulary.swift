import StoryModel

/// Every word a story understands, indexed once when the story is loaded so that parsing a
/// command never scans the whole story.
public struct Vocabulary: Sendable {
    /// Words that may stand before a noun and mean nothing.
    public static let articles: Set<String> = ["the", "a", "an", "some", "my", "this", "that"]
    /// Words that refer back to something mentioned before.
    public static let pronouns: Set<String> = ["it", "them", "him", "her", "they"]
    /// Small words the parser understands in any command.
    static let glue: Set<String> = ["all", "everything", "and", "except", "but", "one", "ones", "to", "at", "on", "with",
                                    "about", "from", "in", "into", "up", "down", "off", "of", "for", "first", "second",
                                    "third", "last", "then", "yes", "no", "y"]

    /// For each word, the things that answer to it (as a noun or an adjective).
    public let thingsByWord: [String: [ThingIndex]]
    /// The nouns of each thing, for preferring a noun match over an adjective match.
    public let nouns: [Set<String>]
    /// All words of each thing.
    public let words: [Set<String>]
    /// Every word the story or the built-in grammar knows.
    public let known: Set<String>
    /// Author actions by first word: scene actions and global ones.
    public let actionsByVerb: [String: [Int]]
    /// The words of each scene's id and title, for `go to strehla`.
    public let sceneWords: [Set<String>]
    /// The first words of every named exit in the story ("cross", "board").
    public let exitVerbs: Set<String>

    public init(story: Story) {
        var byWord: [String: [ThingIndex]] = [:]
        var nouns: [Set<String>] = []
        var words: [Set<String>] = []
        var known = Self.articles.union(Self.pronouns).union(Self.glue).union(Grammar.words)
        for direction in Direction.allCases {
            known.insert(direction.rawValue)
            if let short = direction.abbreviation { known.insert(short) }
        }
        for (index, thing) in story.things.enumerated() {
            let all = Set(thing.nouns + thing.adjectives + thing.nouns.map(Self.otherNumber))
            for word in all { byWord[word, default: []].append(index) }
            nouns.append(Set(thing.nouns))
            words.append(all)
            known.formUnion(all)
            for topic in thing.topics { known.formUnion(topic.phrases.joined()) }
        }
        var actionsByVerb: [String: [Int]] = [:]
        for (index, action) in story.actions.enumerated() {
            for pattern in action.patterns {
                for case .word(let word) in pattern.elements { known.insert(word) }
                if let verb = pattern.verb, actionsByVerb[verb]?.last != index {
                    actionsByVerb[verb, default: []].append(index)
                }
            }
        }
        var sceneWords: [Set<String>] = []
        var exitVerbs: Set<String> = []
        for scene in story.scenes {
            for exit in scene.exits {
                guard case .named(let phrases) = exit.way else { continue }
                known.formUnion(phrases.joined())
                exitVerbs.formUnion(phrases.compactMap(\.first))
            }
            let words = Set(Tokenizer.commands(in: scene.id + " " + scene.title).joined()
                .flatMap { $0.split(separator: "-").map(String.init) + [$0] })
                .subtracting(Self.articles)
            sceneWords.append(words)
            known.formUnion(words)
        }
        self.thingsByWord = byWord
        self.nouns = nouns
        self.words = words
        self.known = known
        self.actionsByVerb = actionsByVerb
        self.sceneWords = sceneWords
        self.exitVerbs = exitVerbs
    }

    /// The plural of a singular noun and the singular of a plural one, roughly: "flower" ↔
    /// "flowers", "box" ↔ "boxes". Lets players type either.
    static func otherNumber(_ noun: String) -> String {
        if noun.hasSuffix("ss") { return noun + "es" }
        if noun.hasSuffix("es"), ["s", "x", "z", "ch", "sh"].contains(where: { noun.dropLast(2).hasSuffix($0) }) {
            return String(noun.dropLast(2))
        }
        if noun.hasSuffix("s") { return String(noun.dropLast()) }
        if ["x", "z", "ch", "sh"].contains(where: noun.hasSuffix) { return noun + "es" }
        return noun + "s"
    }

    /// True when the word means something to the story or the parser.
    public func knows(_ word: String) -> Bool {
        known.contains(word) || Int(word) != nil || word.hasPrefix("#")
    }
}
