import StoryModel

/// The synonyms story actions share with the built-in verbs: `on examine {cloak}` also catches
/// `x cloak`, `look at cloak` and `inspect cloak`; `on east` catches `e` and `go east`.
///
/// Both an action's patterns and the player's words are put in this canonical form before they
/// are matched, so a story never has to list the synonyms itself.
public enum Synonyms {
    /// Leading phrases and the canonical words they stand for, longest first.
    static let phrases: [([String], [String])] = [
        (["look", "at"], ["examine"]), (["l", "at"], ["examine"]), (["look", "around"], ["look"]),
        (["pick", "up"], ["take"]), (["take", "off"], ["remove"]), (["put", "on"], ["wear"]),
        (["put", "down"], ["drop"]), (["speak", "to"], ["talk", "to"]), (["speak", "with"], ["talk", "to"]),
        (["talk", "with"], ["talk", "to"]), (["listen", "to"], ["listen"]), (["switch", "on"], ["turn", "on"]),
        (["switch", "off"], ["turn", "off"]),
        (["x"], ["examine"]), (["inspect"], ["examine"]), (["check"], ["examine"]), (["describe"], ["examine"]),
        (["study"], ["examine"]), (["l"], ["look"]), (["i"], ["inventory"]), (["inv"], ["inventory"]), (["z"], ["wait"]),
        (["get"], ["take"]), (["grab"], ["take"]), (["collect"], ["take"]), (["steal"], ["take"]), (["doff"], ["remove"]), (["don"], ["wear"]),
        (["discard"], ["drop"]), (["press"], ["push"]), (["shove"], ["push"]), (["drag"], ["pull"]), (["tug"], ["pull"]),
        (["hit"], ["attack"]), (["kill"], ["attack"]), (["fight"], ["attack"]), (["punch"], ["attack"]),
        (["kick"], ["attack"]), (["smash"], ["attack"]), (["feel"], ["touch"]), (["rub"], ["touch"]),
        (["sniff"], ["smell"]), (["shut"], ["close"]), (["insert"], ["put"]), (["place"], ["put"]), (["sip"], ["drink"]),
        (["hear"], ["listen"]), (["q"], ["quit"]), (["g"], ["again"]),
        // `offer the chocolate to the girl` reaches `on give {chocolate} to {girl}` (the
        // twenty-fifth blind run: "Lotte doesn't seem interested" where `give` worked).
        (["offer"], ["give"]),
    ]
    /// `phrases` by their first word, each list in the order of `phrases`, so the first phrase
    /// that fits is found without trying them all.
    static let phrasesByFirstWord = WordTable<[([String], [String])]>(Dictionary(grouping: phrases, by: { $0.0[0] }))
    static let movingVerbs: WordSet = ["go", "walk", "run", "head"]
    /// Verbs of giving or showing, for `dativeReadings`.
    static let givingVerbs: WordSet = ["give", "show", "offer", "hand", "pass", "throw"]
    static let selfWords: WordSet = ["me", "myself", "self", "yourself"]

    /// The canonical form of a player's words, after the story's own synonyms
    /// (`understand hang as put`).
    public static func canonical(_ words: [String], story: [String: String] = [:]) -> [String] {
        // As `canonical(_:story:)` on patterns, without turning each word into a pattern element and back.
        var result = canonicalLeading(particleAfterVerb(words), story: story)
        // One look-up a word after the first for its canonical form and its contraction in full
        // (docs/performance.md, "Per command, fifteenth round"). Only a word that changes is
        // written: writing any copied the words shared with the caller.
        var index = 1
        while index < result.count {
            switch wordsAfterFirst[result[index]] {
            case nil:
                index += 1
            case .canonical(let word):
                if word != result[index] { result[index] = word }
                index += 1
            case .contraction(let full):
                // The words in full, each in canonical form (none of them is a contraction).
                result.replaceSubrange(index...index, with: full.map(canonicalWord))
                index += full.count
            }
        }
        return result
    }

    /// What `canonical(_:story:)` makes of a word after the first: its canonical form, or the
    /// contraction in full.
    private enum AfterFirst: Sendable {
        case canonical(String)
        case contraction([String])
    }

    /// `canonicalWords` and `contractions` in one table (their words are distinct).
    private static let wordsAfterFirst = WordTable<AfterFirst>(
        canonicalWords.keys.reduce(into: [String: AfterFirst]()) { table, word in
            if let canonical = canonicalWords[word] { table[word] = .canonical(canonical) }
        }.merging(contractions.keys.compactMap { word in contractions[word].map { (word, AfterFirst.contraction($0)) } },
                  uniquingKeysWith: { first, _ in first }))

    /// The canonical form of a pattern's leading words; slots are kept as they are.
    static func canonical(_ elements: [Pattern.Element], story: [String: String]) -> [Pattern.Element] {
        let elements = particleAfterVerb(elements)
        let leading = elements.prefix { if case .word = $0 { true } else { false } }.compactMap { element -> String? in
            if case .word(let word) = element { return word }
            return nil
        }
        var result = canonicalLeading(leading, story: story).map(Pattern.Element.word) + elements.dropFirst(leading.count)
        for index in result.indices.dropFirst() {
            guard case .word(let word) = result[index] else { continue }
            result[index] = .word(canonicalWord(word))
        }
        // Contractions in full after the first word, after a slot too (`on tell {x} i cant`).
        guard result.dropFirst().contains(where: { if case .word(let word) = $0 { contractions[word] != nil } else { false } }) else {
            return result
        }
        return [result[0]] + result.dropFirst().flatMap { element -> [Pattern.Element] in
            guard case .word(let word) = element, let full = contractions[word] else { return [element] }
            return full.map(Pattern.Element.word)
        }
    }

    /// The particle of a verb like `turn on` or `pick up` put back beside its verb when it comes
    /// last: `turn the lamp on` is `turn on the lamp`, `put the helmet on` is `put on the helmet`
    /// (so `wear`), `pick it up` is `pick up it`. Both the player's words and an action's patterns
    /// are read so, so `on turn on {lamp}` catches `turn lamp on`, and a scene's action for it
    /// comes before a story-wide `on turn {lamp} on`, as for any two patterns meaning one thing.
    static func particleAfterVerb(_ words: [String]) -> [String] {
        guard words.count >= 3, let last = words.last, verbsWithParticle[words[0]]?.contains(last) == true, words[1] != last else { return words }
        return [words[0], last] + words[1..<(words.count - 1)]
    }

    static func particleAfterVerb(_ elements: [Pattern.Element]) -> [Pattern.Element] {
        guard elements.count >= 3, case .word(let verb) = elements[0], case .word(let last) = elements[elements.count - 1],
              verbsWithParticle[verb]?.contains(last) == true, elements[1] != .word(last) else { return elements }
        return [elements[0], elements[elements.count - 1]] + elements[1..<(elements.count - 1)]
    }

    /// The verbs whose particle may come after their object, and those particles.
    static let verbsWithParticle = WordTable<WordSet>([
        "turn": ["on", "off"], "switch": ["on", "off"], "put": ["on", "down"], "take": ["off"], "pick": ["up"],
        "blow": ["out"], "bail": ["out"], "wake": ["up"], "fill": ["up"], "light": ["up"],
    ])

    /// The leading words with the story's synonym for the first, a phrase's meaning and a
    /// direction put in.
    private static func canonicalLeading(_ leading: [String], story: [String: String]) -> [String] {
        var leading = leading
        if let first = leading.first, let meaning = story[first] { leading[0] = meaning }
        var words = leading
        if let first = leading.first,
           let (phrase, meaning) = phrasesByFirstWord[first]?.first(where: { leading.starts(with: $0.0) }) {
            words = meaning + leading.dropFirst(phrase.count)
        }
        if words.count == 2, movingVerbs.contains(words[0]), let direction = Direction.typed(words[1]) {
            words = [direction.rawValue]
        } else if words.count == 1, let direction = Direction.typed(words[0]) {
            words = [direction.rawValue]
        }
        return words
    }

    /// A word after the first in canonical form: `into` is `in`, `myself` is `me`.
    private static func canonicalWord(_ word: String) -> String {
        canonicalWords[word] ?? word
    }

    /// The words after the first that `canonicalWord` changes, and what it makes of them.
    private static let canonicalWords = WordTable<String>(
        ["into": "in", "inside": "in", "onto": "on", "upon": "on"].merging(selfWords.map { ($0, "me") }, uniquingKeysWith: { first, _ in first }))

    /// Contractions after the first word, in full: `cant`, `can't` and `cannot` are `can not`
    /// (CommandParser+Normalising.swift), so a pattern `on why cannot we cross` and a typed `why
    /// cant we cross` meet whichever spellings the story's other patterns make it know, and a
    /// pattern in full words (`on shout do not shoot`) meets every spelling.
    private static let contractions = WordTable<[String]>(
        Dictionary(uniqueKeysWithValues: CommandParser.normalForms.keys.compactMap { word -> (String, [String])? in
            guard let meaning = CommandParser.normalForms[word], meaning.count > 1 else { return nil }
            return (word, meaning)
        }))

    /// `give girl chocolate` as `give chocolate to girl`: every way of reading two noun phrases
    /// without a preposition after a verb of giving or showing.
    static func dativeReadings(_ words: [String]) -> [[String]] {
        guard words.count >= 3, givingVerbs.contains(words[0]),
              !words.contains("to") else { return [] }
        return (2..<words.count).map { split in
            [words[0]] + words[split...] + ["to"] + words[1..<split]
        }
    }
}
