import StoryModel

/// A person's name first, then no order (`brennan hows it going`, `major craig hi`, `robertson
/// was it scary on the tower`, `marcel potatoes`): a greeting talks to them, a question is put to
/// them as if the name were last (`where r u from ortiz`), a sentence is said to them; only a
/// verb makes it an order. A person named who is not here: `talk to` them, which says where
/// they went.
extension CommandParser {
    /// The person the first one or two words name, and how many words that is; `notVisible`
    /// for a person of the story who is not here.
    private func personFirst(_ words: [String], scope: Scope) -> (person: ThingIndex?, length: Int)? {
        // The checks on the first word once, before any length: most commands start with a verb.
        guard words.count >= 2 else { return nil }
        let first = words[0]
        guard !Self.statementOpeners.contains(first), !Self.freeQuestionStarts.contains(first) else { return nil }
        let isVerb = vocabulary.isVerb(first)
        for length in stride(from: min(5, words.count - 1), through: 1, by: -1) {
            // `guide whats the spirit of the elbe`: a name that is also a verb, before a question.
            // `polish worker you seem sad`: `you` next, as a question would have it.
            // (`statementQuestionStarts` holds every word of `freeQuestionStarts`.)
            let next = words[length]
            let questionNext = Self.statementQuestionStarts.contains(next) || next == "you"
            // `man in striped jacket r u hungry`: a long name only before a question or a greeting.
            if length > 2, !questionNext, next != "r", !Self.greetingWords.contains(next) { continue }
            // `kotzebue the russians r at strehla`: a name that is a verb only because the story has
            // an action starting with it (`on kotzebue was first`) is still a name first (the
            // fifty-second blind run had "I understood 'kotzebue' but not the rest").
            guard !isVerb || questionNext || (length == 1 && isStoryVerbOnly(first)),
                  words.prefix(length).allSatisfy({ vocabulary.knows($0) }) else { continue }
            let phrase = Array(words.prefix(length))
            switch resolver.resolveOne(phrase[...], kind: .person, scope: scope) {
            case .things(let found) where found.count == 1 && story.things[found[0]].isPerson: return (found[0], length)
            case .failed(.notVisible) where length == 1 && namesOnePersonOnly(phrase[0]):
                return (nil, length)
            default: continue
            }
        }
        return nil
    }

    /// True when the word starts a command only because a story action starts with it: no verb
    /// of the grammar, no rephrasing, no synonym of the story's.
    private func isStoryVerbOnly(_ word: String) -> Bool {
        Grammar.byFirstWord[word] == nil && !Rephrasings.verbs.contains(word) && story.world.synonyms[word] == nil
            && Direction(rawValue: word) == nil
    }

    /// `brennan hows it going`, `robertson was it scary on the tower`, `marcel potatoes`: a
    /// greeting, question or sentence to the person named first; nil for an order (`titov come
    /// with us`).
    func namedFirst(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let (person, length) = personFirst(words, scope: scope) else { return nil }
        let name = Array(words.prefix(length))
        var rest = Array(words.dropFirst(length))
        // `ortiz u from where`, `ortiz ur name what`: the question word last, as chat has it.
        if rest.count >= 2, ["u", "you", "ya", "ur", "your"].contains(rest[0]), let last = rest.last,
           ["where", "what", "who", "when", "why", "how"].contains(last) {
            rest = [last] + rest.dropLast()
        }
        // `ortiz u ready`: the `are` left out (CommandParser+ChatAfterAName.swift).
        if let asked = Self.questionWithoutAre(rest) { rest = asked }
        // `brennan how r u holding up` asks how he is, never only greets him (the thirty-fourth blind run).
        let isGreeting = (Self.greetingWords.contains(rest[0]) || Self.namedGreetings.contains { rest.starts(with: $0) })
            && !(rest.count > 3 && Self.isWellbeingQuestion(rest))
        let isQuestion = Self.statementQuestionStarts.contains(rest[0]) || rest[0] == "r"
        let verb = vocabulary.isVerb(rest[0]) && !Self.statementOpeners.contains(rest[0]) && !isQuestion && !isGreeting
        // `mcdonnell r u scared` with McDonnell gone: where he went.
        guard let person else {
            // `kotzebue was first` to the reporter: a sentence about the absent man, said to the
            // one in conversation (the fortieth blind run had "Lieutenant Kotzebue isn't here.").
            if Self.aboutSomeone.contains(rest[0]), !(rest.count > 1 && ["you", "u", "ya", "ye"].contains(rest[1])),
               case .commands(let said)? = statement(words, failure: .notUnderstood(verb: nil), scope: scope) {
                return .commands(said)
            }
            return verb ? nil : parse(words: ["talk", "to"] + name, freeText: false, scope: scope)
        }
        let who = "#\(person)"
        // `brennan sorry`, `brennan sry`: said to him, as `sorry brennan` is, never an order to him
        // (the forty-eighth blind run had the story's reply to any order, "Help with what, Sparks?").
        if Self.apologies.contains(rest) { return apology(to: person, scope: scope) }
        // `whitcomb i cant talk to u sorry`: the story's own reading of the rest, as without the
        // name (the forty-fourth blind run had it said as a sentence).
        if let own = refusalFirst(rest, scope: scope) ?? storyReadingOfSentence(rest, scope: scope) { return own }
        // `omg people were on the bridge`: the people are talked about, not to.
        // `man in striped jacket are you hungry` is to him.
        if !story.things[person].isProperName, ["was", "were", "is", "are"].contains(rest[0]),
           !(rest.count > 1 && ["you", "u", "ya", "ye"].contains(rest[1])) {
            return statement(words, failure: .notUnderstood(verb: nil), scope: scope) ?? .failure(.interjection("wow"))
        }
        if isGreeting {
            // `gordeyev hi im sparks`: a greeting too.
            if Self.greetingWords.contains(rest[0]), rest.count > 1, !Self.introducesThePlayer(Array(rest.dropFirst())) {
                rest.removeFirst()
            } else {
                return parse(words: ["talk", "to", who], freeText: false, scope: scope)
            }
        }
        let restFirst = rest[0]
        // `polowsky tell him hi from america`: a greeting to pass on, said to the person.
        if ["tell", "say"].contains(restFirst), rest.contains(where: { Self.greetingWords.contains($0) || $0 == "thanks" }) {
            return .commands([.verb(.statement, objects: [person], second: nil, words: rest)])
        }
        // `olena do u want chocolate`: the thing offered, given (CommandParser+Offers.swift).
        if let offer = offeringCarried(rest, to: person, scope: scope) { return offer }
        if verb, !isGreeting { return nil }
        // The question as if the name came last, as `where r u from ortiz` is read.
        if Self.statementQuestionStarts.contains(restFirst) || Self.freeQuestionStarts.contains(restFirst) {
            let content = rest.filter { !Self.statementFiller.contains($0) }
            let asked = parse(rest + name, scope: scope)
            if case .commands(let commands) = asked, !commands.contains(where: { answersOtherwise($0, person: person, content: rest, scope: scope) }) {
                return asked
            }
            if let order = politeRequest(rest, scope: scope, to: person) { return order }
            // `ferris where r we going`: his topic for the words as typed (`where, going`) or for
            // what they name; where he has nothing to say of it, the question alone (the hint),
            // rather than his "Not my department".
            let topicWords = hasTopic(person, for: rest) ? rest : hasTopic(person, for: content) ? content : nil
            if topicWords == nil, case .commands(let commands) = parse(rest, scope: scope),
               !commands.contains(where: { answersOtherwise($0, person: person, content: rest, scope: scope) }) {
                return .commands(commands)
            }
            // `kotzebue what do we do`: no word of a topic; their topic for the plan, where they have one.
            let about = topicWords ?? (content.isEmpty ? Self.planWords.first { hasTopic(person, for: [$0]) }.map { [$0] } ?? [] : content)
            if !about.isEmpty, case .commands(let commands) = parse(words: ["ask", who, "about"] + about, freeText: false, scope: scope) {
                return .commands(commands)
            }
            return parse(words: ["talk", "to", who], freeText: false, scope: scope)
        }
        // `marcel potatoes`, `brennan the war is over`: said to the person.
        if case .failure(let failure) = parse(rest, scope: scope) {
            return statement(rest, failure: failure, scope: scope, to: person)
                ?? .commands([.verb(.statement, objects: [person], second: nil, words: rest)])
        }
        return nil
    }

    /// `brennan sorry`: the story's own `on sorry` where the scene has one, else the apology said
    /// to the person ("Sergeant Brennan nods as you say you're sorry.").
    func apology(to person: ThingIndex, scope: Scope) -> ParseOutcome {
        if case .commands(let own) = parse(words: ["sorry"], freeText: false, scope: scope), own.first?.isAuthorAction == true { return .commands(own) }
        return .commands([.verb(.statement, objects: [person], second: nil, words: ["sorry"])])
    }

    /// The last words of the apologies.
    static let apologyEnds: WordSet = ["sorry", "bad", "apologies"]

    /// Verbs after a name that make the line a sentence about the person, not to them.
    static let aboutSomeone: WordSet = ["was", "is", "did", "had", "has", "went", "got", "came", "said", "saw", "found", "met"]

    /// Lines that only say sorry, after a name: `brennan sorry`, `olena im so sorry`.
    static let apologies: Set<[String]> = [["sorry"], ["so", "sorry"], ["im", "sorry"], ["i'm", "sorry"], ["i", "am", "sorry"],
                                           ["im", "so", "sorry"], ["i'm", "so", "sorry"], ["i", "am", "so", "sorry"],
                                           ["my", "bad"], ["apologies"], ["my", "apologies"]]

    /// Topic words for what to do next: `kotzebue what do we do` is his topic for the plan.
    static let planWords = ["plan", "orders", "next", "mission"]

    /// True when a command read from a question put to `person` would not have them answer:
    /// someone else asked or told (`kotzebue how many men r coming` by Ferris), a sentence to
    /// someone else, the words recalled (`kotzebue whats the plan` had been read as `what is the
    /// plan`, which the person in conversation answered: the twenty-sixth blind run), or the
    /// person merely described (`ferris where r we going` had printed his description); a
    /// `where is` when the person has a topic for its words (`marcel where r the russians`).
    private func answersOtherwise(_ command: Command, person: ThingIndex, content: [String], scope: Scope) -> Bool {
        // `ortiz can we help him`: the story's reply to any order (`on order {ortiz}`) is no answer.
        if case .action(let index, _) = command {
            return story.actions[index].patterns.contains { pattern in
                pattern.elements.count == 2 && pattern.elements[0] == .word("order")
            }
        }
        guard case .verb(let verb, let objects, _, let words) = command else { return false }
        switch verb {
        case .statement: return objects != [person]
        // `kotzebue what do we do`: the person answers, never the hint (the forty-fourth blind run).
        case .recall, .hint: return true
        // `brennan where is the captain` with no captain here: Brennan answers, not the player's
        // memory of "the captain brennan" (the thirty-third blind run, where Ortiz, in
        // conversation, had answered about Brennan).
        case .whereIs:
            let asked = words.filter { !Vocabulary.articles.contains($0) }
            guard !hasTopic(person, for: content), !asked.isEmpty,
                  !(vocabulary.things(answering: asked.last ?? "")?.contains(person) ?? false),
                  case .things(let found) = resolver.resolveOne(asked[...], kind: .anything, scope: scope),
                  !found.isEmpty, found.allSatisfy(scope.isInSight) else { return true }
            return false
        // `frau pietsch is lotte ok`: her topic for Lotte, not Lotte's description.
        case .examine: return objects == [person] || hasTopic(person, for: content)
        case .ask, .talk, .order:
            guard let first = objects.first else { return false }
            return first != person && story.things[first].isPerson
        default: return false
        }
    }

    /// True when the word is a person's own name: a proper name's word, or a word of the story
    /// for one person only (`whitcomb`, though the story calls him "the reporter": `whitcomb r u
    /// mad` after he left had been said to the people still here).
    private func namesOnePersonOnly(_ word: String) -> Bool {
        let named = vocabulary.things(answering: word) ?? []
        if named.contains(where: { story.things[$0].isPerson && story.things[$0].isProperName }) { return true }
        return named.count == 1 && story.things[named[0]].isPerson
    }

    /// `titov can u shout to them in russian`: the story's order for it.
    private func politeRequest(_ rest: [String], scope: Scope, to person: ThingIndex) -> ParseOutcome? {
        guard Self.isPolite(rest) else { return nil }
        return storyOrder(to: person, rest, scope: scope)
    }
}
