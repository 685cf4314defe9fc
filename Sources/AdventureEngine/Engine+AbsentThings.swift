import CommandParser
import StoryModel

extension Engine {
    /// For words that name nothing here, a refusal that names what was understood: "Captain
    /// Ferris isn't here." for a person of the story the player has seen or names (`who is
    /// ferris`, `talk to ferris` outside the office), "You can't see any chocolate here." for
    /// anything else (`x girl` before meeting Lotte: "You can't see any girl here."), and in the
    /// dark "It is pitch dark, and you can't see a thing.". Nil when the words name
    /// no thing of the story at all.
    func absentReply(_ words: [String], failure: ParseFailure, state: GameState) -> String? {
        // `report to the duty officer` a scene after he was left behind: "The duty officer isn't
        // here.", not "I understood 'report' but not the rest" (the sixtieth blind run); for words
        // the parser could not read, only a person the player has met or names.
        let unread: Bool
        switch failure {
        // `fill lamp` with no lamp here, where the story fills it `with {oil}`: "You can't see any
        // lamp here.", as `light lamp` says, not "I understood 'fill' but not 'lamp'." (a blind
        // author, session 39). A lamp here that the words do not fit keeps that reply.
        case .notVisible: unread = false
        case .understoodOnly(verb: _, rest: let rest) where !rest.isEmpty: unread = false
        case .notUnderstood(verb: _?): unread = true
        default: return nil
        }
        guard words.count >= 2 else { return nil }
        let visible = Set(StateScope(story: story, state: state).visibleThings)
        let vocabulary = parser.vocabulary
        // The runs of words that name things of the story, after the verb or question word.
        // A word that names nothing the run's words name starts a run of its own: `offer man
        // water` is the man and the water, not "any man water".
        var runs: [[String]] = [[]]
        var common: Set<ThingIndex> = []
        // `mcdonnell r u scared`: a name first, no verb, is read too (fourteenth blind play-test).
        for word in vocabulary.isVerb(words[0]) ? words.dropFirst() : words[...] {
            // `and`, `or` join a list: never part of what is named ("You can't see any and here.").
            if let things = vocabulary.thingsByWord[word], !Vocabulary.articles.contains(word), !Self.listWords.contains(word) {
                if !runs[runs.count - 1].isEmpty, common.isDisjoint(with: things) { runs.append([]) }
                common = runs[runs.count - 1].isEmpty ? Set(things) : common.intersection(things)
                runs[runs.count - 1].append(word)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        for run in runs where !run.isEmpty {
            let named = run.dropFirst().reduce(Set(vocabulary.thingsByWord[run[0]] ?? [])) {
                $0.intersection(vocabulary.thingsByWord[$1] ?? [])
            }
            guard named.isDisjoint(with: visible) else { continue }
            // `make hole in door` in a dark passage: nothing here can be seen, and "You can't see
            // any hole here." would speak of a hole the story has not made yet.
            if Light(story: story, state: state).isDark { if unread { continue }; return Messages.pitchDark }
            // Sergeant Brennan appears in several scenes, one person of the story in each.
            let people = named.filter { story.things[$0].isPerson }
            // Only for a person the player has seen, or named (`who is ferris`): `x girl` before
            // meeting Lotte must not tell her name, nor that she is somewhere else.
            if !people.isEmpty, people.count == named.count, Set(people.map { story.things[$0].name }).count == 1,
               let person = people.min(), people.contains(where: { state.lastSeen($0) != nil }) || typesName(of: person, run) {
                // "Titov was here, but has gone to the Castle Tower." (Engine+GoneAway.swift).
                if let left = people.sorted().first(where: { state.lastSeen($0) == state.scene }), let gone = goneFromHere(left, state: state) {
                    return gone
                }
                // "The man from signals isn't here.": the name's head noun says (Naming.swift).
                let plural = story.isPluralName(person)
                return "\(story.capitalizedName(of: person, .definite, in: state)) \(plural ? "aren't" : "isn't") here."
            }
            if unread { continue }
            return "You can't see any \(run.joined(separator: " ")) here."
        }
        return nil
    }

    /// Verbs whose one word is a thing to see or handle: `x hole`, `take hole`.
    static let verbsOfThings: Set<String> = ["examine", "read", "take", "search", "open", "close", "touch", "push", "pull",
                                             "smell", "eat", "drink", "wear", "drop", "climb", "enter", "attack"]

    /// `x hole` where `hole` is no thing's word, only one of a story action's pattern (`on look
    /// through hole`), and nothing else read the command: "You can't see any hole here.", never
    /// "I understood 'x' but not the rest … Try fewer words" for a verb and one word (a blind
    /// author's tomb). Nil for any other command.
    func unseenPatternWord(_ words: [String], failure: ParseFailure, state: GameState) -> String? {
        guard case .notUnderstood(verb: _?) = failure, words.count >= 2,
              Self.verbsOfThings.contains(Synonyms.canonical(words)[0]) else { return nil }
        let rest = words.dropFirst().filter { !Vocabulary.articles.contains($0) && $0 != "at" }
        let vocabulary = parser.vocabulary
        guard rest.count == 1, let word = rest.first, vocabulary.thingsByWord[word] == nil, Direction(word: word) == nil,
              !vocabulary.isVerb(word),
              vocabulary.canonicalPatterns.contains(where: { patterns in
                  patterns.contains { pattern in pattern.elements.dropFirst().contains(.word(word)) }
              }) else { return nil }
        return Light(story: story, state: state).isDark ? Messages.pitchDark : "You can't see any \(word) here."
    }

    /// Words that join a list, which a story may have in a thing's name (`stars and stripes`).
    static let listWords: Set<String> = ["and", "or", "nor", "but", "then", "n", "&"]

    /// True when the words include the last word of a person's proper name (`ferris`, `lotte`).
    private func typesName(of person: ThingIndex, _ words: [String]) -> Bool {
        let thing = story.things[person]
        guard thing.isProperName, let last = thing.name.lowercased().split(separator: " ").last else { return false }
        return words.contains(String(last))
    }
}
