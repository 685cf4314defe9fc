import StoryModel

/// Every word a story understands, indexed once when the story is loaded so that parsing a
/// command never scans the whole story.
public struct Vocabulary: Sendable, Equatable {
    /// Words that may stand before a noun and mean nothing.
    public static let articles: WordSet = ["the", "a", "an", "some", "my", "this", "that", "his", "their", "your", "its", "our", "any",
                                               "both", "two", "three", "four", "five", "these", "those"]
    /// Words that refer back to something mentioned before.
    public static let pronouns: WordSet = ["it", "them", "him", "her", "they"]
    /// Small words the parser understands in any command.
    static let glue: WordSet = ["all", "everything", "and", "except", "but", "one", "ones", "other", "here", "behind", "to", "at", "on", "with",
                                    "about", "from", "in", "into", "up", "down", "off", "of", "for", "first", "second",
                                    "third", "last", "then", "yes", "no", "y", "by", "near", "beside", "next",
                                    "if", "whether", "hands", "hand", "arms", "arm", "we", "must", "loose"]

    // Each table is made when first asked for (Vocabulary+LazyTable.swift) and read in place through
    // its address: no copy of it, so no retain of its storage at every ask (docs/performance.md,
    // "Start-up, sixteenth round").

    /// For each word, the things that answer to it (as a noun or an adjective).
    public var thingsByWord: [String: [ThingIndex]] {
        if shared.isReady { return shared.ready.thingsByWord }
        return lazyThingsByWord
    }
    private var lazyThingsByWord: [String: [ThingIndex]] { unsafeAddress { tables.thingsByWord.value { tables.parts.thingsByWord() } } }
    /// The nouns of each thing, for preferring a noun match over an adjective match.
    public var nouns: [Set<String>] { unsafeAddress { tables.nouns.value { tables.parts.nouns() } } }
    /// All words of each thing.
    public var words: [Set<String>] { unsafeAddress { tables.words.value { tables.parts.words() } } }
    /// Every word the story or the built-in grammar knows.
    public var known: Set<String> { unsafeAddress { tables.known.value { tables.parts.known() } } }
    /// Author actions by first word: scene actions and global ones.
    public var actionsByVerb: [String: [Int]] { unsafeAddress { tables.actionsByVerb.value { tables.parts.actionsByVerb() } } }
    /// The words of each scene's id and title, for `go to strehla`.
    public var sceneWords: [Set<String>] { unsafeAddress { tables.sceneWords.value { tables.parts.sceneWords() } } }
    /// The first words of every named exit in the story ("cross", "board").
    public var exitVerbs: Set<String> { unsafeAddress { tables.exitVerbs.value { tables.parts.exitVerbs() } } }
    /// For each scene and exit, the words that name where it leads: the target's id and title
    /// and the exit's own description ("up to the village"), for `go to village`.
    public var exitWords: [[Set<String>]] { unsafeAddress { tables.exitWords.value { tables.parts.exitWords() } } }
    /// For each scene, the words of its prose that name nothing the player can use, so the
    /// parser can say "that is just part of the scene" instead of "I don't know that word".
    /// Found when first asked for (only after an unknown word), not when the story loads.
    public var sceneryWords: SceneryWords {
        unsafeAddress { tables.sceneryWords.value { SceneryWords(scenes: tables.scenes, known: known) } }
    }
    /// For each plain spelling of a word of the story with accented letters, the story's word:
    /// `gunter` and `guenter` for `günter`, `strasse` for `straße`. Made when first asked for
    /// (only after an unknown word).
    public var accentedSpellings: [String: String] {
        unsafeAddress { tables.accentedSpellings.value { Self.accentedSpellings(known: known, scenes: tables.scenes) } }
    }
    /// Each author action's patterns in canonical form (see `Synonyms`), by action index.
    package var canonicalPatterns: [[Pattern]] {
        if shared.isReady { return shared.ready.canonicalPatterns }
        return lazyCanonicalPatterns
    }
    private var lazyCanonicalPatterns: [[Pattern]] { unsafeAddress { tables.canonicalPatterns.value { tables.parts.canonicalPatterns() } } }
    /// Author actions by the first word of their canonical patterns.
    package var actionsByCanonicalVerb: [String: [Int]] {
        if shared.isReady { return shared.ready.actionsByCanonicalVerb }
        return lazyActionsByCanonicalVerb
    }
    private var lazyActionsByCanonicalVerb: [String: [Int]] {
        unsafeAddress { tables.actionsByCanonicalVerb.value { tables.parts.actionsByCanonicalVerb() } }
    }
    /// The words that may start a command: verbs of the grammar and of the story, directions,
    /// the first words of named ways. Suggestions for a first word come only from these.
    public var verbs: WordSet {
        if shared.isReady { return shared.ready.verbs }
        return lazyVerbs
    }
    private var lazyVerbs: WordSet { unsafeAddress { tables.verbs.value { WordSet(tables.parts.verbs()) } } }

    /// Where a vocabulary's tables come from when they are first asked for: the compiled
    /// vocabulary's sections (`CompiledVocabulary`), or another vocabulary they are derived from
    /// (Vocabulary+WithoutPhrases.swift). Each is asked at most once per vocabulary.
    package protocol Parts: Sendable {
        func thingsByWord() -> [String: [ThingIndex]]
        func nouns() -> [Set<String>]
        func words() -> [Set<String>]
        func known() -> Set<String>
        func actionsByVerb() -> [String: [Int]]
        func sceneWords() -> [Set<String>]
        func exitVerbs() -> Set<String>
        func exitWords() -> [[Set<String>]]
        func canonicalPatterns() -> [[Pattern]]
        func actionsByCanonicalVerb() -> [String: [Int]]
        func verbs() -> Set<String>
        /// A vocabulary whose things by word are these parts' too, so that its things by word
        /// number are shared rather than made again; nil (the default) for none.
        var thingsShared: Vocabulary? { get }
    }

    /// The parts of a vocabulary whose tables were all made when it was (nothing is asked of them).
    private struct MadeParts: Parts {
        func thingsByWord() -> [String: [ThingIndex]] { [:] }
        func nouns() -> [Set<String>] { [] }
        func words() -> [Set<String>] { [] }
        func known() -> Set<String> { [] }
        func actionsByVerb() -> [String: [Int]] { [:] }
        func sceneWords() -> [Set<String>] { [] }
        func exitVerbs() -> Set<String> { [] }
        func exitWords() -> [[Set<String>]] { [] }
        func canonicalPatterns() -> [[Pattern]] { [] }
        func actionsByCanonicalVerb() -> [String: [Int]] { [:] }
        func verbs() -> Set<String> { [] }
    }

    /// The tables, each made when first asked for (Vocabulary+Ready.swift holds the ones every
    /// command asks, once made).
    final class Tables: @unchecked Sendable {
        let parts: any Parts
        let scenes: [Scene]
        let thingsByWord: LazyTable<[String: [ThingIndex]]>
        let nouns: LazyTable<[Set<String>]>
        let words: LazyTable<[Set<String>]>
        let known: LazyTable<Set<String>>
        let actionsByVerb: LazyTable<[String: [Int]]>
        let sceneWords: LazyTable<[Set<String>]>
        let exitVerbs: LazyTable<Set<String>>
        let exitWords: LazyTable<[[Set<String>]]>
        let sceneryWords: LazyTable<SceneryWords>
        /// The plain spellings of the story's words with accented letters (Vocabulary+AccentedSpellings.swift).
        let accentedSpellings = LazyTable<[String: String]>()
        let canonicalPatterns: LazyTable<[[Pattern]]>
        let actionsByCanonicalVerb: LazyTable<[String: [Int]]>
        /// `thingsByWord` by word number (Vocabulary+ThingsByNumber.swift).
        let thingsByNumber: LazyTable<ThingsByNumber>
        /// The verbs, interned.
        let verbs: LazyTable<WordSet>

        /// Tables made when first asked for, from `parts`.
        init(parts: any Parts, scenes: [Scene]) {
            self.parts = parts
            self.scenes = scenes
            thingsByWord = LazyTable()
            nouns = LazyTable()
            words = LazyTable()
            known = LazyTable()
            actionsByVerb = LazyTable()
            sceneWords = LazyTable()
            exitVerbs = LazyTable()
            exitWords = LazyTable()
            sceneryWords = LazyTable()
            canonicalPatterns = LazyTable()
            actionsByCanonicalVerb = LazyTable()
            thingsByNumber = LazyTable()
            verbs = LazyTable()
        }

        /// Tables made already.
        init(scenes: [Scene], thingsByWord: [String: [ThingIndex]], nouns: [Set<String>], words: [Set<String>], known: Set<String>,
             actionsByVerb: [String: [Int]], sceneWords: [Set<String>], exitVerbs: Set<String>, exitWords: [[Set<String>]],
             canonicalPatterns: [[Pattern]], actionsByCanonicalVerb: [String: [Int]], verbs: Set<String>, thingsByNumber: ThingsByNumber?) {
            parts = MadeParts()
            self.scenes = scenes
            self.thingsByWord = LazyTable(made: thingsByWord)
            self.nouns = LazyTable(made: nouns)
            self.words = LazyTable(made: words)
            self.known = LazyTable(made: known)
            self.actionsByVerb = LazyTable(made: actionsByVerb)
            self.sceneWords = LazyTable(made: sceneWords)
            self.exitVerbs = LazyTable(made: exitVerbs)
            self.exitWords = LazyTable(made: exitWords)
            sceneryWords = LazyTable(made: SceneryWords(scenes: scenes, known: known))
            self.canonicalPatterns = LazyTable(made: canonicalPatterns)
            self.actionsByCanonicalVerb = LazyTable(made: actionsByCanonicalVerb)
            self.thingsByNumber = LazyTable(made: thingsByNumber ?? ThingsByNumber(thingsByWord))
            self.verbs = LazyTable(made: WordSet(verbs))
        }
    }

    var thingsByNumber: ThingsByNumber {
        if shared.isReady { return shared.ready.thingsByNumber }
        return lazyThingsByNumber
    }
    private var lazyThingsByNumber: ThingsByNumber {
        unsafeAddress { tables.thingsByNumber.value { tables.parts.thingsShared?.thingsByNumber ?? ThingsByNumber(lazyThingsByWord) } }
    }

    /// The tables behind one reference, so that a copy of a vocabulary (the noun resolver and the
    /// other values the parser makes per command hold one) is one retain rather than one for each
    /// table (docs/performance.md, "Per command, seventh round").
    let shared: Shared
    private var tables: Tables { shared.tables }

    /// True when no table has been made yet (for the tests of start-up).
    package var noTableIsMade: Bool {
        !(tables.thingsByWord.isMade || tables.nouns.isMade || tables.words.isMade || tables.known.isMade || tables.actionsByVerb.isMade
          || tables.sceneWords.isMade || tables.exitVerbs.isMade || tables.exitWords.isMade || tables.sceneryWords.isMade
          || tables.canonicalPatterns.isMade || tables.actionsByCanonicalVerb.isMade || tables.thingsByNumber.isMade || tables.verbs.isMade)
    }

    /// A vocabulary of `story` whose tables are made from `parts` when first asked for.
    package init(story: Story, parts: any Parts) {
        shared = Shared(tables: Tables(parts: parts, scenes: story.scenes))
    }

    public init(story: Story) {
        var byWord: [String: [ThingIndex]] = [:]
        var nouns: [Set<String>] = []
        var words: [Set<String>] = []
        var known = Self.articles.union(Self.pronouns).union(Self.glue).union(Grammar.words).union(NounResolver.personWords).union(Rephrasings.colours)
        for direction in Direction.allCases {
            known.insert(direction.rawValue)
            if let short = direction.abbreviation { known.insert(short) }
        }
        for (index, thing) in story.things.enumerated() {
            // "soldier" names the Soviet soldiers too: plural and singular for people and things alike.
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
        var exitWords: [[Set<String>]] = []
        for scene in story.scenes {
            exitWords.append(scene.exits.map { exit in
                let summary = Set(Tokenizer.commands(in: exit.summary ?? "").joined()).subtracting(Self.articles)
                return sceneWords[exit.target].union(summary)
            })
            for words in exitWords[exitWords.count - 1] { known.formUnion(words) }
        }
        known.formUnion(story.world.synonyms.keys)
        known.formUnion(Rephrasings.verbs)
        var canonicalPatterns: [[Pattern]] = []
        var byCanonicalVerb: [String: [Int]] = [:]
        for (index, action) in story.actions.enumerated() {
            let patterns = action.patterns.map { Pattern(elements: Synonyms.canonical($0.elements, story: story.world.synonyms)) }
            canonicalPatterns.append(patterns)
            for verb in Set(patterns.compactMap(\.verb)) { byCanonicalVerb[verb, default: []].append(index) }
        }
        var verbs = Set(Grammar.byFirstWord.keys.filter { !$0.isEmpty }).union(actionsByVerb.keys).union(exitVerbs)
            .union(story.world.synonyms.keys).union(Rephrasings.verbs)
        for direction in Direction.allCases {
            verbs.insert(direction.rawValue)
            if let short = direction.abbreviation { verbs.insert(short) }
        }
        self.init(story: story, thingsByWord: byWord, nouns: nouns, words: words, known: known, actionsByVerb: actionsByVerb,
                  sceneWords: sceneWords, exitVerbs: exitVerbs, exitWords: exitWords, canonicalPatterns: canonicalPatterns,
                  actionsByCanonicalVerb: byCanonicalVerb.mapValues { $0.sorted() }, verbs: verbs)
    }

    /// A vocabulary of `story` from its parts, as `init(story:)` builds them (and the compiled
    /// form made at build time reads them back, `CompiledVocabulary`, checking that they fit the story).
    package init(story: Story, thingsByWord: [String: [ThingIndex]], nouns: [Set<String>], words: [Set<String>], known: Set<String>,
                 actionsByVerb: [String: [Int]], sceneWords: [Set<String>], exitVerbs: Set<String>, exitWords: [[Set<String>]],
                 canonicalPatterns: [[Pattern]], actionsByCanonicalVerb: [String: [Int]], verbs: Set<String>) {
        self.init(story: story, thingsByWord: thingsByWord, nouns: nouns, words: words, known: known, actionsByVerb: actionsByVerb,
                  sceneWords: sceneWords, exitVerbs: exitVerbs, exitWords: exitWords, canonicalPatterns: canonicalPatterns,
                  actionsByCanonicalVerb: actionsByCanonicalVerb, verbs: verbs, thingsByNumber: nil)
    }

    /// As above, with `thingsByWord` by word number made already (`ThingsByNumber(thingsByWord)`)
    /// when not nil.
    init(story: Story, thingsByWord: [String: [ThingIndex]], nouns: [Set<String>], words: [Set<String>], known: Set<String>,
         actionsByVerb: [String: [Int]], sceneWords: [Set<String>], exitVerbs: Set<String>, exitWords: [[Set<String>]],
         canonicalPatterns: [[Pattern]], actionsByCanonicalVerb: [String: [Int]], verbs: Set<String>, thingsByNumber: ThingsByNumber?) {
        let tables = Tables(scenes: story.scenes, thingsByWord: thingsByWord, nouns: nouns, words: words, known: known,
                            actionsByVerb: actionsByVerb, sceneWords: sceneWords, exitVerbs: exitVerbs, exitWords: exitWords,
                            canonicalPatterns: canonicalPatterns, actionsByCanonicalVerb: actionsByCanonicalVerb, verbs: verbs,
                            thingsByNumber: thingsByNumber)
        // Every table made already: the ones each command asks are held ready at once.
        shared = Shared(tables: tables, ready: Ready(Vocabulary(shared: Shared(tables: tables))))
    }

    /// Equal when every table is (each made now, if it was not).
    public static func == (lhs: Vocabulary, rhs: Vocabulary) -> Bool {
        if lhs.shared.tables === rhs.shared.tables { return true }
        guard lhs.thingsByWord == rhs.thingsByWord, lhs.nouns == rhs.nouns, lhs.words == rhs.words, lhs.known == rhs.known else { return false }
        guard lhs.actionsByVerb == rhs.actionsByVerb, lhs.sceneWords == rhs.sceneWords, lhs.exitVerbs == rhs.exitVerbs else { return false }
        guard lhs.exitWords == rhs.exitWords, lhs.sceneryWords == rhs.sceneryWords else { return false }
        return lhs.canonicalPatterns == rhs.canonicalPatterns && lhs.actionsByCanonicalVerb == rhs.actionsByCanonicalVerb
            && lhs.verbs.words == rhs.verbs.words
    }

    /// The words of each scene's prose that the story does not know, by scene index.
    public struct SceneryWords: Sendable, Equatable {
        let scenes: [Scene]
        let known: Set<String>

        public subscript(scene: SceneIndex) -> Set<String> {
            let texts = [scenes[scene].description, scenes[scene].firstVisit, scenes[scene].revisit]
            return Set(texts.flatMap(Vocabulary.words(in:)).filter { !known.contains($0) })
        }

        /// The scene's prose: its description, first and later visits, and what its timed events
        /// say (a blind author's "A cart rattles past." then `x cart`: "I don't know the word
        /// 'cart'", where a word of the description is "just part of the scene").
        private func prose(of scene: SceneIndex) -> [Text?] {
            let here = scenes[scene]
            var texts: [Text?] = [here.description, here.firstVisit, here.revisit]
            for event in here.world.timedEvents {
                for case .say(let text) in event.response.effects.flatMap(\.flattened) { texts.append(text) }
            }
            return texts
        }

        /// True when the word is one of the scene's (`self[scene].contains(word)`), found by
        /// scanning the prose in place: no words or set built for a typed word that is unknown.
        public func contains(_ word: String, scene: SceneIndex) -> Bool {
            contains(word, in: prose(of: scene))
        }

        /// True when the word, unknown to the parser, is one of the texts' (the scene's prose, or
        /// the `here` line or description of a thing in scope), scanned in place.
        public func contains(_ word: String, in texts: [Text?]) -> Bool {
            guard !known.contains(word) else { return false }
            return mentions(word, in: texts)
        }

        /// True when the word, known to the parser or not, is one of the scene's prose.
        public func mentions(_ word: String, scene: SceneIndex) -> Bool {
            mentions(word, in: prose(of: scene))
        }

        /// True when the word, known to the parser or not, is one of the texts'.
        public func mentions(_ word: String, in texts: [Text?]) -> Bool {
            func inParts(_ parts: [TextPart]) -> Bool {
                parts.contains { part in
                    switch part {
                    case .literal(let literal): Tokenizer.containsWord(of: [word], in: literal)
                    case .conditional(_, let then, let otherwise): inParts(then) || inParts(otherwise)
                    }
                }
            }
            return texts.contains { $0?.paragraphs.contains(where: inParts) == true }
        }
    }

    /// Every word of a text's literal parts, lowercased.
    static func words(in text: Text) -> [String] {
        var words: [String] = []
        func collect(_ parts: [TextPart]) {
            for part in parts {
                switch part {
                case .literal(let literal): words += Tokenizer.commands(in: literal).joined()
                case .conditional(_, let then, let otherwise): collect(then); collect(otherwise)
                }
            }
        }
        text.paragraphs.forEach(collect)
        return words
    }

    /// The plural of a singular noun and the singular of a plural one, roughly: "flower" ↔
    /// "flowers", "box" ↔ "boxes". Lets players type either.
    public static func otherNumber(_ noun: String) -> String {
        // An ASCII word is read on its last bytes, with no list of endings built per call (`ask`
        // and the noun resolver ask this per command, the vocabulary per noun when a story loads).
        let ascii = noun.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let count = bytes.count
            func back(_ place: Int) -> UInt8 { place <= count ? bytes[count - place] : 0 }
            let (s, x, z, c, h) = (UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "c"), UInt8(ascii: "h"))
            let (last, second) = (back(1), back(2))
            if last == s && second == s { return noun + "es" }
            if last == s && second == UInt8(ascii: "e") {
                let (third, fourth) = (back(3), back(4))
                // "glasses", "buzzes", "boxes", "churches", "bushes" lose their "es"; "horses",
                // "vases", "prizes" only their "s" (a blind author's `x horse` was "Did you mean
                // 'hors'?").
                if ((third == s || third == z) && fourth == third) || third == x || (third == h && (fourth == c || fourth == s)) {
                    return String(noun.dropLast(2))
                }
            }
            if last == s { return String(noun.dropLast()) }
            if last == x || last == z || (last == h && (second == c || second == s)) { return noun + "es" }
            return noun + "s"
        }
        if let ascii = ascii ?? nil { return ascii }
        if noun.hasSuffix("ss") { return noun + "es" }
        if noun.hasSuffix("es"), ["ss", "x", "zz", "ch", "sh"].contains(where: { noun.dropLast(2).hasSuffix($0) }) {
            return String(noun.dropLast(2))
        }
        if noun.hasSuffix("s") { return String(noun.dropLast()) }
        if ["x", "z", "ch", "sh"].contains(where: noun.hasSuffix) { return noun + "es" }
        return noun + "s"
    }

    /// True when the word means something to the story or the parser.
    ///
    /// The words of things, the grammar's first words and the directions are known words (of the
    /// phrase-free vocabulary too: `PhraseFreeDifference` keeps them), and the tables the parser
    /// asks for every command answer them by number, without hashing the word: most words typed
    /// are among them (docs/performance.md, "Per command, sixteenth round"). Any other word is
    /// looked up in `known`.
    public func knows(_ word: String) -> Bool {
        if namesThings(word) || Grammar.startsLines(word) || Direction.typed(word) != nil { return true }
        return known.contains(word) || Int(word) != nil || word.hasPrefix("#")
    }
}
