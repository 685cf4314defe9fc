import StoryModel

/// Orders to people, as Inform players give them: `titov, shout in russian` (the engine reads it
/// as `ask titov to shout in russian`), `ask kowalski to translate`, `tell kotzebue to wait`.
extension CommandParser {
    /// The person a command's first words address (`titov` in `titov, shout`), when they name
    /// exactly one person in sight.
    public func addressee(_ words: [String], scope: Scope) -> ThingIndex? {
        let phrase = words.filter { !Vocabulary.articles.contains($0) }
        guard !phrase.isEmpty, phrase.allSatisfy({ vocabulary.knows($0) }) else { return nil }
        guard case .things(let found) = resolver.resolveOne(phrase[...], kind: .person, scope: scope),
              found.count == 1, story.things[found[0]].isPerson else { return nil }
        return found[0]
    }

    /// Ways of asking a person about something inside an order: `titov, tell me about the bridge`.
    private static let askingPhrases: [[String]] = [
        ["tell", "me", "about"], ["tell", "us", "about"], ["what", "about"], ["talk", "about"], ["what", "do", "you", "know", "about"],
        ["what", "can", "you", "tell", "me", "about"], ["ask", "about"], ["about"],
    ]
    private static let greetings: Set<[String]> = [["hello"], ["hi"], ["talk"], ["talk", "to", "me"], ["speak"], ["say", "something"]]
    /// A greeting alone after a name: `ortiz hey`, `kotzebue yo`.
    private static let hails: Set<[String]> = [["hello"], ["hi"], ["hey"], ["heya"], ["hiya"], ["yo"], ["howdy"], ["sup"],
                                               ["hallo"], ["greetings"], ["hey", "there"], ["hi", "there"], ["hello", "there"],
                                               // `robertson, remember me?` (a blind student, session 36, had "Robertson and
                                               // Silvashko have better things to do."): a greeting too.
                                               ["remember", "me"], ["remember", "us"], ["recognise", "me"], ["recognize", "me"],
                                               ["know", "me"], ["do", "you", "remember", "me"], ["u", "remember", "me"]]
    /// A farewell alone after a name: `marcel good night`, `ortiz bye`.
    private static let farewells: Set<[String]> = [["bye"], ["goodbye"], ["good", "bye"], ["good", "night"], ["goodnight"],
                                                   ["night"], ["nite"], ["gn"], ["see", "you"], ["see", "ya"], ["cya"],
                                                   ["see", "you", "later"], ["later"], ["farewell"], ["sleep", "well"]]
    private static let nameQuestions: Set<[String]> = [
        ["what", "is", "your", "name"], ["whats", "your", "name"], ["what's", "your", "name"], ["who", "are", "you"],
        ["your", "name"], ["name"], ["tell", "me", "your", "name"],
    ]

    /// Reads `ask|tell|order PERSON to COMMAND`. In order: a story action for the order (`on ask
    /// {titov} to shout` also catches `titov, shout in russian`: words are dropped from the end until
    /// an action fits); a question put as an order (`titov, tell me about the bridge` asks Titov
    /// about the bridge; `titov, hello` talks to him); a topic of the person the command names; the
    /// story's `on order {titov}`; else the default reply "Titov has better things to do."
    /// Nil when the words are not an order to someone here.
    /// Words before the verb of an order that add nothing to it (`titov now yell`).
    static let orderFillers: WordSet = ["now", "pls", "plz", "just", "ok", "okay", "quick", "quickly", "then", "so", "right"]

    func order(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, ["ask", "tell", "order", "command", "get"].contains(words[0]),
              let to = words.firstIndex(of: "to"), to >= 2, to < words.count - 1 else { return nil }
        let personWords = words[1..<to].filter { !Vocabulary.articles.contains($0) }
        guard !personWords.isEmpty, personWords.allSatisfy({ vocabulary.knows($0) }) else { return nil }
        let person: ThingIndex
        switch resolver.resolveOne(personWords[...], kind: .person, scope: scope) {
        case .things(let found) where found.count == 1 && story.things[found[0]].isPerson: person = found[0]
        case .failed(.notVisible): return .failure(.notVisible)
        default: return nil
        }
        let who = "#\(person)"
        // `titov now yell`, `titov ok shout`: the filler before the order's verb goes too.
        let rest = Array(words[(to + 1)...].filter { $0 != "please" }.drop { Self.orderFillers.contains($0) })
        guard !rest.isEmpty else { return nil }
        // `ortiz hey`, `marcel good night`: a greeting or a farewell to the person, never an order
        // that the story's own order action refuses (the thirtieth blind run).
        if Self.hails.contains(rest) { return parse(words: ["talk", "to", who], freeText: false, scope: scope) }
        if Self.farewells.contains(rest) { return parse(words: ["bye", who], freeText: false, scope: scope) }
        // `ferris, shut up`, `tell ferris to shut up`: rude, not an order (CommandParser+RudeRemarks.swift).
        if Self.isRudeRemark(rest, personNamed: true) { return insulting(person, scope: scope) }
        // `brennan thx for looking after me`: thanks to the person, never an order (the twenty-eighth blind run).
        if Self.thanking.contains(rest[0]) || rest.starts(with: ["thank", "you"]),
           case .commands(let commands) = parse(words: ["thank", who], freeText: false, scope: scope) {
            return .commands(commands)
        }
        // `ortiz, help me push the cart`: the story's `help me push the cart`, which the person
        // is part of (the sixtieth blind run had his talk and "Push.", the cart left in its rut).
        if rest.count > 2, rest[0] == "help", rest[1] == "me" || rest[1] == "us",
           case .commands(let commands) = parse(words: rest, freeText: false, scope: scope), commands.contains(where: \.isAuthorAction) {
            return .commands(commands)
        }
        // `brennan lets go`, `kotzebue should we cross`, `brennan help`, `kotzebue they dont know`:
        // no order (CommandParser+Suggestions.swift).
        if let suggested = suggestion(to: person, rest, scope: scope) { return suggested }
        // The story's own actions for this order, the longest reading first; `titov, follow me`
        // also as the story's `ask {titov} to come with me` (CommandParser+ComingAlong.swift).
        // `can you shout to them`, `shout for us please`: the order without the politeness too
        // (CommandParser+PoliteOrders.swift).
        for said in Self.orderReadings(rest) {
            for length in stride(from: said.count, through: 1, by: -1) {
                for verb in ["ask", "tell", "order"] {
                    let reading = Synonyms.canonical([verb, who, "to"] + said.prefix(length))
                    for index in actions(startingWith: verb, scope: scope) {
                        for pattern in vocabulary.canonicalPatterns[index] {
                            if case .command(let command) = interpret(pattern, action: index, words: reading, scope: scope) {
                                return .commands([command])
                            }
                        }
                    }
                }
            }
        }
        if Self.nameQuestions.contains(rest) { return parse(words: ["ask", who, "about", "name"], freeText: false, scope: scope) }
        if Self.greetings.contains(rest) { return parse(words: ["talk", "to", who], freeText: false, scope: scope) }
        // `ortiz, where are you from`, `ortiz, can i come with you` (CommandParser+Vocatives.swift).
        // `brennan, where are we going today`: where, not the date (CommandParser+FormsOfAddress.swift).
        if let asked = questionPut(to: person, Self.withoutTimeWords(rest), scope: scope) { return asked }
        if let asking = Self.askingPhrases.first(where: { rest.starts(with: $0) && rest.count > $0.count }) {
            return parse(words: ["ask", who, "about"] + rest.dropFirst(asking.count), freeText: false, scope: scope)
        }
        let named = Set(rest).union(rest.map(Vocabulary.otherNumber))
        let topics = story.things[person].topics.filter { topic in
            topic.phrases.contains { $0 != ["anything"] && $0 != ["anything", "else"] && Set($0).isSubset(of: named) }
        }
        if !topics.isEmpty { return parse(words: ["ask", who, "about"] + rest, freeText: false, scope: scope) }
        // `hello kotzebue, what now`: the question put to the person (`ask kotzebue what now`).
        if Rephrasings.questionWords.contains(rest[0]),
           case .commands(let commands) = parse(words: ["ask", who] + Self.withoutTimeWords(rest), freeText: false, scope: scope) {
            return .commands(commands)
        }
        return storyOrderReply(who, scope: scope) ?? .commands([.verb(.order, objects: [person], second: nil, words: rest)])
    }

    /// The story's `on order {person}` for the person (`who`, as `#index`), nil without one.
    func storyOrderReply(_ who: String, scope: Scope) -> ParseOutcome? {
        for index in actions(startingWith: "order", scope: scope) {
            for pattern in vocabulary.canonicalPatterns[index] {
                if case .command(let command) = interpret(pattern, action: index, words: ["order", who], scope: scope) {
                    return .commands([command])
                }
            }
        }
        return nil
    }
}
