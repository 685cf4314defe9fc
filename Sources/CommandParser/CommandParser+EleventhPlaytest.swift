import StoryModel

/// What the eleventh blind play-test missed, built into the parser for every story (issue #11):
///
/// - a polite order: `titov can you shout to them`, `titov, could you please shout`, `can you
///   shout to them titov`, and `can you shout` to the person in conversation → the story's `ask
///   {titov} to shout` (only where the story has such an action);
/// - a yes-or-no question about a person by name: `was titov a prisoner`, `is polowsky american or
///   russian` → put to the person in conversation (`ask X about polowsky american russian`), or
///   to that person about the other words when they have a topic for them, else the person's
///   description (`examine`, or `recall` for someone not here, as `who is X`); a group (`are the
///   russians coming`) is left to the questions to the room;
/// - a misspelt topic: `ask ferris about the russains` → the nearest of Ferris's own topic words
///   (`russians`), never a word of anyone else's;
/// - a tool the story's action cannot take: `paddle with hands` where the story has `paddle with
///   {rifles}` → "You can't paddle with your hands."; `paddle with oars` with no oars here → "You
///   can't see any oars here to paddle with."
extension CommandParser {
    /// Ways of asking politely that an order may start with: `can you`, `could you please`.
    static let politeOpenings = Openings([
        ["would", "you", "please"], ["could", "you", "please"], ["can", "you", "please"], ["would", "you", "mind"],
        ["can", "you"], ["could", "you"], ["would", "you"], ["will", "you"], ["please"], ["kindly"],
    ])

    /// The words of an order, and the same without a polite opening or a closing `please`, `for
    /// me`, `for us` (`can you shout to them` is `shout to them`), each also as `come with me`
    /// for `follow me`.
    static func orderReadings(_ rest: [String]) -> [[String]] {
        var readings = [rest]
        var polite = rest
        if let opening = politeOpenings.first(openingOf: polite, where: { polite.count > $0.count }) {
            polite.removeFirst(opening.count)
        }
        while polite.count > 1, polite.last == "please" { polite.removeLast() }
        if polite.count > 2, polite.suffix(2) == ["for", "me"] || polite.suffix(2) == ["for", "us"] { polite.removeLast(2) }
        for reading in [comingWithMe(rest), polite, comingWithMe(polite)] where !readings.contains(reading) {
            readings.append(reading)
        }
        return readings
    }

    /// True when the words open with a way of asking politely (`can you`, `please`).
    static func isPolite(_ words: [String]) -> Bool {
        politeOpenings.first(openingOf: words, where: { words.count > $0.count }) != nil
    }

    /// The order to this person, when one of the story's actions is what it means.
    func storyOrder(to person: ThingIndex, _ rest: [String], scope: Scope) -> ParseOutcome? {
        guard let outcome = order(["ask", "#\(person)", "to"] + rest, scope: scope), outcome.isStoryAction else { return nil }
        return outcome
    }

    /// `can you shout to them`, `please shout` said to the person in conversation, where the story
    /// has `ask {titov} to shout`.
    func politeRequest(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard Self.isPolite(words), let person = personInFocus(scope) else { return nil }
        return storyOrder(to: person, words, scope: scope)
    }

    /// Words that open a yes-or-no question about someone: `was titov a prisoner`.
    static let yesNoOpenings: Set<String> = ["is", "was", "are", "were", "does", "did", "has", "have"]

    /// `was titov a prisoner`, `is polowsky american or russian`: a yes-or-no question about a
    /// person named by name (never by `he` or `she`). Nil when the words name no person first,
    /// or the story's own action reads them.
    func questionAboutSomeone(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.yesNoOpenings.contains(words[0]) else { return nil }
        let spoken = words.filter { !Vocabulary.articles.contains($0) }
        guard spoken.count >= 3 else { return nil }
        for length in [3, 2, 1] where spoken.count > length + 1 {
            let named = Array(spoken[1...length])
            guard named.allSatisfy({ vocabulary.thingsByWord[$0] != nil && !Vocabulary.pronouns.contains($0) }) else { continue }
            let rest = spoken.dropFirst(length + 1).filter { !Self.statementFiller.contains($0) && $0 != "or" }
            if case .commands(let commands) = parse(words: words, freeText: false, scope: scope), commands.contains(where: \.isAuthorAction) {
                return nil
            }
            let focus = personInFocus(scope)
            // A person by name (`titov`), not a group a word names (`are the russians coming`,
            // which the questions to the room put to whoever knows).
            if let person = addressee(named, scope: scope) {
                guard story.things[person].isProperName else { return nil }
                if let focus, focus != person {
                    return parse(words: ["ask", "#\(focus)", "about"] + named + rest, freeText: false, scope: scope)
                }
                // Asked of the person himself: his topic for the other words, else what he looks like.
                let topics = story.things[person].topics.flatMap(\.phrases).filter { $0 != ["anything"] && $0 != ["anything", "else"] }
                if topics.contains(where: { TopicMatch.matches($0, Array(rest)) }),
                   case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + rest, freeText: false, scope: scope) {
                    return .commands(commands)
                }
                return parse(words: ["examine", "#\(person)"], freeText: false, scope: scope)
            }
            // Someone not here: named only by words of people.
            let people = named.reduce(Set(vocabulary.thingsByWord[named[0]] ?? [])) { $0.intersection(vocabulary.thingsByWord[$1] ?? []) }
            guard !people.isEmpty, people.allSatisfy({ story.things[$0].isPerson && story.things[$0].isProperName }) else { continue }
            if let focus {
                return parse(words: ["ask", "#\(focus)", "about"] + named + rest, freeText: false, scope: scope)
            }
            return .commands([.verb(.recall, objects: [], second: nil, words: named)])
        }
        return nil
    }

    /// `ask ferris about the russains`: when no topic of the person asked fits, an unknown word
    /// after `about` read as the nearest of that person's own topic words.
    func withTopicTypo(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .commands(let commands) = outcome, let about = words.firstIndex(of: "about"), about < words.count - 1,
              words[(about + 1)...].contains(where: { !vocabulary.knows($0) }) else { return nil }
        var asked: ThingIndex?
        for case .verb(.ask, let objects, _, _) in commands { asked = objects.first ?? personInFocus(scope) }
        guard let person = asked, story.things[person].isPerson else { return nil }
        let phrases = story.things[person].topics.flatMap(\.phrases).filter { $0 != ["anything"] && $0 != ["anything", "else"] }
        let typed = Array(words[(about + 1)...])
        guard !phrases.contains(where: { TopicMatch.matches($0, typed) }) else { return nil }
        let topicWords = Set(phrases.joined()).sorted()
        var corrected = words
        for index in corrected.indices.dropFirst(about + 1) where !vocabulary.knows(corrected[index]) {
            if let nearest = EditDistance.suggestions(for: corrected[index], among: topicWords, limit: 1).first { corrected[index] = nearest }
        }
        guard corrected != words, case .commands = read(corrected, freeText: false, scope: scope) else { return nil }
        return read(corrected, freeText: false, scope: scope)
    }

    /// Body parts a student paddles, digs or pushes with.
    static let bodyParts: Set<String> = ["hands", "hand", "fingers", "finger", "feet", "foot", "arms", "arm", "head", "teeth",
                                         "mouth", "legs", "leg", "fists", "fist", "body", "elbows", "knees", "nails", "bare"]

    /// `paddle with hands`, `paddle with oars`: a `with` that no action of the story's for the verb
    /// takes ("You can't paddle with your hands."), when the story has an action `VERB with
    /// {something}`.
    func unfitTool(_ words: [String], failure: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(let failed) = failure, failed.isNotUnderstood, words.count >= 3, words.count <= 5,
              let with = words.firstIndex(where: { $0 == "with" || $0 == "using" }), with == 1 else { return nil }
        let verb = words[0]
        let takesTool = (vocabulary.actionsByVerb[verb] ?? []).contains { action in
            story.actions[action].patterns.contains { pattern in
                pattern.elements.count >= 3 && pattern.elements[0] == .word(verb) && pattern.elements[1] == .word(words[with])
                    && { if case .slot = pattern.elements[2] { true } else { false } }()
            }
        }
        let tool = words[(with + 1)...].filter { !Vocabulary.articles.contains($0) }
        guard takesTool, !tool.isEmpty, tool.count <= 2 else { return nil }
        if tool.contains(where: Self.bodyParts.contains) {
            return .failure(.unfitTool(verb: verb, tool: tool.filter { $0 != "bare" }, bodyPart: true, here: true))
        }
        let here: Bool
        if case .things = resolver.resolveOne(tool[...], kind: .anything, scope: scope) { here = true } else { here = false }
        return .failure(.unfitTool(verb: verb, tool: tool, bodyPart: false, here: here))
    }
}
