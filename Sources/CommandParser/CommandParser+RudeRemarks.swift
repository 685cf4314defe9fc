import StoryModel

/// Rude remarks (session 37's blind student): `shut up ferris` was "I understood 'shut' but not the
/// rest", `shut up` "You don't need to do anything with 'up'", `ferris you idiot` "Captain Ferris
/// nods as you say so.", `ferris, shut up` "Captain Ferris has better things to do." Each of
/// `shut up`, `be quiet`, `shh`, `you idiot`, `you are so stupid`, `idiot`, with a person named
/// first or last or none, is `insult PERSON`: the person named, else the one in conversation, else
/// the only person here; with nobody to say it to, `insult` alone. A story's own action for the
/// words comes first: this is asked only when they fail, or are only said to someone.
extension CommandParser {
    /// Telling someone to be quiet.
    private static let hushes: Set<[String]> = [["shut", "up"], ["be", "quiet"], ["quiet"], ["shh"], ["shhh"], ["shush"],
                                                ["hush"], ["silence"], ["keep", "quiet"], ["stop", "talking"], ["shut", "it"],
                                                ["zip", "it"], ["shut", "your", "mouth"], ["shut", "ur", "mouth"]]
    /// Words that are an insult on their own (`idiot`); `stupid`, `dumb` only with `you` or a person
    /// (`so stupid` alone is the reaction, CommandParser+Reactions.swift).
    private static let insultNouns: WordSet = ["idiot", "idiots", "moron", "morons", "fool", "fools", "jerk", "jerks", "loser",
                                               "losers", "dummy", "clown", "coward", "cowards", "noob", "dumbass", "twit",
                                               "prat", "imbecile", "creep", "suck", "sucks", "nerd", "weirdo", "baby"]
    private static let insultAdjectives: WordSet = ["stupid", "dumb", "useless", "annoying", "lame", "boring", "ugly", "rude",
                                                    "mean", "pathetic"]
    /// Words around an insult that say nothing more: `you are such a big idiot`.
    private static let insultFiller: WordSet = ["you", "u", "ya", "are", "r", "youre", "you're", "ur", "a", "an", "the", "such",
                                                "so", "really", "very", "big", "total", "complete", "utter", "absolute", "what",
                                                "is", "all", "and", "please", "now", "already", "just", "lol", "!"]
    /// Words that make an adjective an insult: it is said of someone.
    private static let insultAddress: WordSet = ["you", "u", "ya", "youre", "you're", "ur"]

    /// True when the words, a person's name aside, only tell someone to be quiet or call them names.
    static func isRudeRemark(_ words: some Collection<String>, personNamed: Bool) -> Bool {
        let core = Array(words.filter { $0 != "please" && $0 != "now" && $0 != "already" })
        if hushes.contains(core) { return true }
        guard core.count <= 7, core.allSatisfy({ insultFiller.contains($0) || insultNouns.contains($0) || insultAdjectives.contains($0) })
        else { return false }
        if core.contains(where: insultNouns.contains) { return true }
        return core.contains(where: insultAdjectives.contains) && (personNamed || core.contains(where: insultAddress.contains))
    }

    /// `shut up ferris`, `ferris you idiot`, `you are so stupid`: `insult` the person meant.
    func rudeRemark(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard (1...9).contains(words.count), words.contains(where: { Self.insultNouns.contains($0) || Self.insultAdjectives.contains($0)
            || Self.hushWords.contains($0) }) else { return nil }
        // A person named first (`ferris you idiot`) or last (`shut up ferris`), by one or two words.
        for length in [2, 1] where words.count > length {
            for (named, rest) in [(Array(words.prefix(length)), words.dropFirst(length)), (Array(words.suffix(length)), words.dropLast(length))] {
                if let person = addressee(named, scope: scope), Self.isRudeRemark(rest, personNamed: true) {
                    return insulting(person, scope: scope)
                }
            }
        }
        guard Self.isRudeRemark(words, personNamed: false) else { return nil }
        return insulting(personInFocus(scope), scope: scope)
    }

    /// `insult PERSON`, or `insult` alone with nobody to say it to.
    func insulting(_ person: ThingIndex?, scope: Scope) -> ParseOutcome {
        parse(words: person.map { ["insult", "#\($0)"] } ?? ["insult"], freeText: false, scope: scope)
    }

    /// The words a hush starts with, so that most commands are turned away at once.
    private static let hushWords: WordSet = ["shut", "quiet", "shh", "shhh", "shush", "hush", "silence", "stop", "zip"]
}
