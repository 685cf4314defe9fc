import StoryModel

extension Rephrasings {
    /// The first words `schoolEnglishReadings(_:)` rephrases, besides a verb followed by `i` or
    /// `we`: with any other it has none.
    static let schoolEnglishVerbs: WordSet = ["make", "look", "go", "walk", "bring", "sit", "tune", "wave", "give", "listen",
                                                  "in", "into", "inside", "change"]

    /// The words as the school English they are read as before anything else reads them: `ask X
    /// after Y` is `ask X about Y` (so a person's topic `after` never takes it), `tell X from|of Y`
    /// (`erzähl von`) is `tell X about Y`; nil when neither.
    static func askedInSchoolEnglish(_ words: [String]) -> [String]? {
        guard mayBeAskedInSchoolEnglish(words) else { return nil }
        if let asked = askedAfter(words) { return asked }
        guard words.count >= 4, words[0] == "tell", !words.contains("about"),
              let at = words.indices.dropFirst(2).first(where: { ["from", "of"].contains(words[$0]) }), at < words.count - 1,
              !words[1..<at].contains(where: { questionWords.contains($0) || ["where", "you", "are"].contains($0) }) else { return nil }
        return ["tell"] + words[1..<at] + ["about"] + words[(at + 1)...]
    }

    /// `the russian are where?`, `captain is who`: the question word last, as a learner of English
    /// may put it (a blind student, session 39, read "You can't see any russian here."), read as
    /// `where are the russian`; nil unless the line ends with a question word after `is` or `are`.
    static func questionWordMovedFirst(_ words: [String]) -> [String]? {
        guard words.count >= 3, let last = words.last, ["where", "who", "what", "when", "why", "how"].contains(last),
              let verb = words.dropLast().lastIndex(where: { ["is", "are", "was", "were"].contains($0) }), verb > 0 else { return nil }
        var rest = Array(words.dropLast())
        let be = rest.remove(at: verb)
        return [last, be] + rest
    }

    /// `ask polowsky after the dead` as `ask polowsky about the dead`, `ask lotte after her name` as
    /// `ask lotte about name`; nil when the line asks after nothing.
    static func askedAfter(_ words: [String]) -> [String]? {
        // `ask after berlin` with one person here: `ask about berlin`.
        if words.count >= 3, words[0] == "ask", words[1] == "after" { return ["ask", "about"] + words.dropFirst(2) }
        guard words.count >= 4, words[0] == "ask",
              let at = words.indices.dropFirst(2).first(where: { words[$0] == "after" }), at < words.count - 1,
              !words[1..<at].contains("about"),
              // `ask brennan what he will do after the war` asks what he will do.
              !words[1..<at].contains(where: { questionWords.contains($0) || personWords.contains($0) }) else { return nil }
        if words.last == "name" { return ["ask"] + words[1..<at] + ["about", "name"] }
        return ["ask"] + words[1..<at] + ["about"] + words[(at + 1)...]
    }

    /// What a student whose English is learnt at school types, read as the command meant (the
    /// sixty-second blind run, a student at a German school: 58 of 493 commands misunderstood):
    ///
    /// - `ask X after Y` → `ask X about Y` (German `fragen nach`; English `ask after someone` too),
    ///   `tell X from Y` → `tell X about Y`: `askedInSchoolEnglish`, read before anything else;
    /// - `make X open`, `make X on|off`, `make X closed`, `make X empty` → `open X`, `turn on|off X`,
    ///   `close X`, `empty X` (German `mach X auf|an|aus|zu|leer`); `make a|my report` → `report`;
    /// - `look on X` → `examine X` (`schau auf X`);
    /// - `go over X` → `cross X` (`über den Fluss gehen`); `go on east` → `go east`; `go on the X` → `go to the X`;
    /// - `wave with the flag` → `wave the flag`; `listen on the radio` → `listen to the radio`;
    /// - `give X on Y` → `put X on Y`; `give me X` → `take X`; `in the boat` → `enter the boat`;
    ///   `change X with Y` → `swap X with Y`; `make X free|loose` → `free X`;
    /// - `bring me to X` → `go to X`; `bring X to Y` → `bring X`; `sit in X` → `enter X`; `tune on|in X`
    ///   → `tune to X`; `wave with my arms` → `wave`;
    /// - a verb and then its subject, `go we east`, `drive we to torgau` → `go east`, `drive to
    ///   torgau`; the subject and verb last, `the radio take i` → `take the radio` (German word order).
    static func schoolEnglishReadings(_ words: [String]) -> [[String]] {
        guard words.count >= 2, mayBeSchoolEnglish(words) else { return [] }
        if let reordered = verbAfterItsObject(words) { return [reordered] }
        let first = words[0]
        if ["i", "we"].contains(words[1]), words.count >= 3, !isQuestionOrPronoun(first),
           Grammar.byFirstWord[first] != nil || ["drive", "ride", "row", "paddle"].contains(first) {
            return [[first] + words.dropFirst(2)]
        }
        guard schoolEnglishVerbs.contains(first) else { return [] }
        let rest = words.dropFirst()
        switch first {
        case "make":
            if words.count >= 3, let last = words.last, let verb = madeStates[last] {
                return [verb + words[1..<(words.count - 1)]]
            }
            // `make a report` (the article may be gone already), `make my report`.
            let made = words.dropFirst().drop { ["a", "an", "my", "our", "the", "your"].contains($0) }
            if made.count == 1, let noun = made.first, madeAsVerbs.contains(noun) { return [[noun]] }
        case "look" where words.count >= 3 && words[1] == "on":
            return [["examine"] + words.dropFirst(2)]
        case "go", "walk":
            if words[1] == "over", words.count >= 3 { return [["cross"] + words.dropFirst(2)] }
            if words[1] == "on", words.count == 3, Direction.typed(words[2]) != nil { return [[words[2]]] }
            if words[1] == "on", words.count >= 4, words[2] == "to" { return [["go"] + words.dropFirst(2)] }
            // `go on the bridge` (`auf die Brücke gehen`): go to it.
            if words[1] == "on", words.count >= 4, ["the", "a", "this", "that"].contains(words[2]) { return [["go", "to"] + words.dropFirst(2)] }
        case "bring" where words.count >= 4 && words[1] == "me" && words[2] == "to":
            return [["go"] + rest.dropFirst()]
        case "bring" where words.count >= 4:
            // `bring silvashko to the jeep`: bring him along.
            if let to = words.indices.dropFirst(2).first(where: { words[$0] == "to" }), to < words.count - 1 {
                return [["bring"] + words[1..<to]]
            }
        case "wave" where words.count >= 3 && words.dropFirst().allSatisfy({ wavingWords.contains($0) }):
            // `wave with my arms`, `wave both hands`: wave.
            return [["wave"]]
        case "wave" where words.count >= 3 && words[1] == "with":
            // `wave with the flag`: wave it.
            return [["wave"] + words.dropFirst(2)]
        case "listen" where words.count >= 3 && ["on", "in"].contains(words[1]):
            // `listen on the radio` (`am Radio hören`): listen to it.
            return [["listen", "to"] + words.dropFirst(2)]
        case "give" where words.count >= 3 && words[1] == "me" && !["hand", "help", "hint", "hints", "clue"].contains(words[words.count - 1]):
            // `give me the message`, `give me a flower` (`gib mir`), with nobody asked: take it.
            return [["take"] + words.dropFirst(2)]
        case "in", "into", "inside":
            // `in the boat` (`ins Boot`): get in.
            return [["enter"] + words.dropFirst()]
        case "change" where words.count >= 4:
            // `change badges with the sergeant` (`Abzeichen tauschen`): swap them.
            if words.dropFirst(2).contains(where: { $0 == "with" || $0 == "for" }) { return [["swap"] + words.dropFirst()] }
        case "give" where words.count >= 4:
            // `give the flowers on the memorial` (`die Blumen auf das Denkmal legen`): put them there.
            if let on = words.indices.dropFirst(2).first(where: { ["on", "onto"].contains(words[$0]) }), on < words.count - 1 {
                return [["put"] + words[1..<on] + ["on"] + words[(on + 1)...]]
            }
        case "sit" where words.count >= 3 && ["in", "into", "inside"].contains(words[1]):
            // `sit in the jeep`: get in (the same blind run: "nothing here worth sitting on").
            return [["enter"] + words.dropFirst(2)]
        case "tune" where words.count >= 3 && ["on", "in"].contains(words[1]):
            // `tune on london` (`stell London ein`): tune to it.
            return [["tune", "to"] + words.dropFirst(2)]
        default:
            break
        }
        return []
    }

    /// The words of `wave with my arms`.
    private static let wavingWords: WordSet = ["with", "my", "both", "arms", "arm", "hands", "hand", "the", "our"]

    /// `make X LAST`: the command a German `mach X …` is.
    private static let madeStates: [String: [String]] = [
        "open": ["open"], "auf": ["open"], "closed": ["close"], "shut": ["close"], "zu": ["close"], "on": ["turn", "on"],
        "an": ["turn", "on"], "off": ["turn", "off"], "aus": ["turn", "off"], "empty": ["empty"], "leer": ["empty"],
        "free": ["free"], "loose": ["free"], "los": ["free"],
    ]

    /// `make a report`: nouns that are the verb meant.
    private static let madeAsVerbs: WordSet = ["report", "toast", "salute", "promise", "signal", "call"]

    private static func isQuestionOrPronoun(_ word: String) -> Bool {
        questionWords.contains(word) || ["i", "we", "you", "he", "she", "they", "it", "please", "then"].contains(word)
    }

    /// `the radio take i`, `the map look at we`: the verb and its subject last, the object first.
    private static func verbAfterItsObject(_ words: [String]) -> [String]? {
        guard words.count >= 3, let last = words.last, last == "i" || last == "we" else { return nil }
        let verb = words[words.count - 2]
        guard Grammar.byFirstWord[verb] != nil, !isQuestionOrPronoun(verb), Grammar.byFirstWord[words[0]] == nil,
              !isQuestionOrPronoun(words[0]) else { return nil }
        return [verb] + words[..<(words.count - 2)]
    }
}
