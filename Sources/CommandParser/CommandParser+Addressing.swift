import StoryModel

/// Who is addressed and who answers (issue #11, the sixteenth and seventeenth blind play-tests):
///
/// - `whos here`, `who is around`, `anyone here`: the people here (`.whoIsHere`), not the hint;
/// - a greeting or `talk to` for a group (`hi everyone`, `hello guys`, `talk to people`, `ok bye
///   guys`) with several people here: talk to the one in conversation, else the first here with
///   something to say, after "You greet …"; `bye` to a group waves;
/// - an order to a person named first who is not here (`titov shout`, and `titov, shout` through
///   `namesAbsentPerson`): where they went, as `talk to` says;
/// - an order to pass words on (`titov tell them were americans`, `ask titov to tell them …`):
///   the story's order for speaking to them (`ask {titov} to talk to them`, `… to shout`);
/// - a question after an exclamation (`lol so no telling reporters`): put to the person whose
///   topic it is, or to the person in conversation, rather than "You grin.".
///
/// And when nothing else reads the words (`addressingFallback`, asked by the engine): a command with a topic tacked on
/// (`radio headquarters about strehla`) without it; `should i …` the hint; `why …` the person in
/// conversation, else the hint.
extension CommandParser {
    /// Words for everybody here: `hi everyone`, `hello guys`, `talk to all of you`.
    static let groupWords: WordSet = ["everyone", "everybody", "all", "guys", "people", "folks", "yall", "y'all", "lads",
                                          "boys", "gents", "gentlemen", "fellas", "fellows", "friends", "comrades", "team",
                                          "both", "ladies"]
    /// Small words that may stand with a group word: `all of you`, `you guys`, `everyone here`.
    private static let groupGlue: WordSet = ["you", "of", "two", "three", "here", "there", "again", "the", "and", "now"]
    /// Openings that greet or speak to whoever follows.
    private static let talkOpenings = Openings([["talk", "to"], ["talk", "with"], ["speak", "to"], ["speak", "with"],
                                                   ["chat", "with"], ["chat", "to"], ["greet"], ["say", "hi", "to"],
                                                   ["say", "hello", "to"], ["meet"], ["hi"], ["hello"], ["hey"], ["hiya"],
                                                   ["howdy"], ["yo"], ["greetings"], ["heya"], ["hallo"], ["morning"],
                                                   ["good", "morning"], ["evening"], ["good", "evening"], ["good", "afternoon"]])
    /// Openings that take leave: `bye guys`, `see you all`.
    private static let farewellOpenings = Openings([["bye"], ["goodbye"], ["good", "bye"], ["see", "ya"], ["see", "you"],
                                                       ["cya"], ["later"], ["farewell"], ["say", "goodbye", "to"],
                                                       ["say", "bye", "to"], ["so", "long"]])
    /// Words that pass something on: `tell them`, `say to them`.
    private static let passingOn: WordSet = ["tell", "say", "explain", "inform", "warn", "let", "shout", "yell", "call"]
    /// The story's orders that mean speaking to the others, tried in turn.
    private static let speakingOrders: [[String]] = [["talk", "to", "them"], ["call", "to", "them"], ["shout", "to", "them"],
                                                     ["speak", "to", "them"], ["tell", "them"], ["shout"], ["call"], ["yell"]]

    /// One of the readings above, nil when the words are none of them or the story's own action
    /// reads them as typed.
    func addressingReading(_ input: [String], scope: Scope) -> ParseOutcome? {
        let words = Array(input.drop(while: Self.addressFillers.contains))
        guard !words.isEmpty, words.count <= 14 else { return nil }
        guard let reading = peopleHere(words) ?? groupAddressed(words, scope: scope) ?? absentAddressee(words, scope: scope)
            ?? passingWordsOn(words, scope: scope) else { return nil }
        if case .commands(let commands) = parse(words: input.filter { !Vocabulary.articles.contains($0) }, freeText: false, scope: scope),
           commands.contains(where: \.isAuthorAction) {
            return nil
        }
        return reading
    }

    /// `whos here`, `who is around`, `who else is here`, `is anyone here`, `anybody around`.
    private func peopleHere(_ words: [String]) -> ParseOutcome? {
        guard Self.peopleHereOpenings.contains(words[0]), words.count >= 2 else { return nil }
        let allowed: Set<String> = ["is", "are", "else", "here", "around", "there", "present", "in", "with", "me", "us", "now",
                                    "all", "nearby", "about", "right", "anyone", "anybody", "someone", "somebody", "who"]
        let rest = words.dropFirst()
        guard rest.allSatisfy(allowed.contains), rest.contains(where: ["here", "around", "present", "nearby", "there"].contains),
              !["is", "are"].contains(words[0]) || rest.contains(where: ["anyone", "anybody", "someone", "somebody"].contains)
        else { return nil }
        return .commands([.verb(.whoIsHere, objects: [], second: nil, words: [])])
    }

    /// True when the words after an opening speak to everybody: `everyone`, `you guys`, `all of you`.
    private static func isGroup(_ words: ArraySlice<String>) -> Bool {
        !words.isEmpty && words.allSatisfy { groupWords.contains($0) || groupGlue.contains($0) } && words.contains(where: groupWords.contains)
    }

    /// `hi everyone`, `talk to people`, `hello guys`, `ok bye guys`.
    private func groupAddressed(_ words: [String], scope: Scope) -> ParseOutcome? {
        if let farewell = Self.farewellOpenings.first(openingOf: words), Self.isGroup(words.dropFirst(farewell.count)) {
            return parse(words: ["bye", "everyone"], freeText: false, scope: scope)
        }
        guard let opening = Self.talkOpenings.first(openingOf: words) else { return nil }
        let group = words.dropFirst(opening.count)
        guard Self.isGroup(group) else { return nil }
        // `talk to the soldiers`, `talk to people` where one person here is called so: that person.
        let named = group.filter { !Self.groupGlue.contains($0) }
        if named.allSatisfy({ vocabulary.knows($0) }), case .things(let found) = resolver.resolveOne(named[...], kind: .person, scope: scope),
           found.count == 1, story.things[found[0]].isPerson {
            return nil
        }
        let people = scope.peopleInSight(story).filter { !scope.isCarried($0) }
        guard people.count >= 2 else {
            return people.first.map { parse(words: ["talk", "to", "#\($0)"], freeText: false, scope: scope) }
                ?? .commands([.verb(.talk, objects: [], second: nil, words: [])])
        }
        let chosen = personSpokenWith(scope).flatMap { people.contains($0) ? $0 : nil }
            ?? people.first { story.things[$0].talk != nil } ?? people[0]
        if case .commands(let commands) = parse(words: ["talk", "to", "#\(chosen)"], freeText: false, scope: scope),
           commands.first?.isAuthorAction == true {
            return .commands(commands)
        }
        return .commands([.verb(.talk, objects: [chosen] + people.filter { $0 != chosen }, second: nil, words: ["everyone"])])
    }

    /// The person of the story the first one or two words name, when not here.
    private func personNameLength(_ words: [String]) -> Int? {
        // A verb first names nobody, whatever the length: asked once, before any phrase is made
        // (most commands start with one).
        guard let first = words.first, !vocabulary.isVerb(first) else { return nil }
        for length in [2, 1] where words.count >= length {
            let phrase = Array(words.prefix(length))
            guard phrase.allSatisfy({ vocabulary.knows($0) }) else { continue }
            // Every word names the same person: `titov` in `titov shout`, not `titov shout`.
            let named = phrase.dropFirst().reduce(Set(vocabulary.things(answering: phrase[0]) ?? [])) {
                $0.intersection(vocabulary.things(answering: $1) ?? [])
            }
            guard named.contains(where: { story.things[$0].isPerson && story.things[$0].isProperName }) else { continue }
            return length
        }
        return nil
    }

    /// True when the words name a person of the story who is not here (`titov` in `titov, shout`
    /// with Titov gone): the engine then reads the order as `titov shout`.
    public func namesAbsentPerson(_ words: [String], scope: Scope) -> Bool {
        let phrase = words.filter { !Vocabulary.articles.contains($0) }
        guard !phrase.isEmpty, phrase.count <= 2, personNameLength(phrase) == phrase.count else { return false }
        if case .failed(.notVisible) = resolver.resolveOne(phrase[...], kind: .person, scope: scope) { return true }
        return false
    }

    /// `titov shout`, `titov shout to them in russian` with Titov elsewhere: `.notVisible`, which
    /// the engine explains ("Titov was here, but has gone up, to the castle tower.").
    private func absentAddressee(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, let length = personNameLength(words), words.count > length,
              namesAbsentPerson(Array(words.prefix(length)), scope: scope) else { return nil }
        let next = words[length]
        guard vocabulary.isVerb(next), !Self.greetingWords.contains(next), !Self.freeQuestionStarts.contains(next),
              !Self.statementOpeners.contains(next) else { return nil }
        return .failure(.notVisible)
    }

    /// `titov tell them were americans`, `ask titov to tell them we are friends`: the story's order
    /// for speaking to them.
    private func passingWordsOn(_ words: [String], scope: Scope) -> ParseOutcome? {
        var found: (person: ThingIndex, rest: ArraySlice<String>)?
        if Self.passingOnVerbs.contains(words[0]), let to = words.firstIndex(of: "to"), (2...3).contains(to),
           let person = addressee(Array(words[1..<to]), scope: scope) {
            found = (person, words[(to + 1)...])
        } else {
            for length in [2, 1] where words.count > length + 1 && !vocabulary.isVerb(words[0]) {
                if let person = addressee(Array(words.prefix(length)), scope: scope) {
                    found = (person, words.dropFirst(length))
                    break
                }
            }
        }
        guard let (person, rest) = found, rest.count >= 2, let verb = rest.first, Self.passingOn.contains(verb),
              !["me", "us", "him", "her"].contains(rest.dropFirst().first ?? ""),
              verb != "let" || rest.dropFirst().first == "them" else { return nil }
        // `shout to them` and the like are the story's orders as typed.
        if let typed = storyOrder(to: person, Array(rest), scope: scope) { return typed }
        for said in Self.speakingOrders {
            if let outcome = storyOrder(to: person, said, scope: scope) { return outcome }
        }
        return nil
    }

    /// `lol so no telling reporters`, `wait so the famous photo is fake`: when an exclamation
    /// first left only a reaction, the question put to the person whose topic it names (the one in
    /// conversation first), else to the person in conversation.
    func questionAfterExclamation(_ words: [String], reading: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(.interjection) = reading, let first = words.first, Self.exclamations.contains(first) else { return nil }
        let fillers: Set<String> = ["so", "and", "but", "then", "well", "like", "my", "god", "no", "really", "seriously"]
        let rest = words.drop { Self.exclamations.contains($0) || fillers.contains($0) }
        let content = rest.filter { !Self.freeQuestionFiller.contains($0) && !Self.statementFiller.contains($0) && !fillers.contains($0) }
        guard !content.isEmpty, content.allSatisfy({ !Self.interjections.contains($0) }) else { return nil }
        if case .commands(let commands)? = freeQuestion(["what", "about"] + content, scope: scope),
           commands.contains(where: { if case .verb(.ask, _, _, _) = $0 { true } else { $0.isAuthorAction } }) {
            return .commands(commands)
        }
        guard let person = personSpokenWith(scope),
              case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + content, freeText: false, scope: scope)
        else { return nil }
        return .commands(commands)
    }

    /// What the words mean when nothing else read them: `radio headquarters about strehla` is
    /// `radio headquarters`; `should i radio headquarters now` the hint; `why is everyone
    /// afraid` a question to the person in conversation, else the hint. The engine asks for it
    /// last, after every other reading (a reading inside the parser may try words that fail).
    public func addressingFallback(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(let failure) = outcome, failure != .notVisible, let first = words.first else { return nil }
        let talking: Set<String> = ["ask", "tell", "talk", "speak", "question", "think", "learn", "know", "hear", "read", "write",
                                    "say", "inquire", "chat", "care", "worry", "forget", "remember", "joke", "lie", "argue"]
        if let at = words.firstIndex(of: "about"), at >= 2, at < words.count - 1, !talking.contains(first),
           !Self.freeQuestionStarts.contains(first),
           case .commands(let commands) = parse(words: Array(words[..<at]), freeText: false, scope: scope),
           !commands.allSatisfy(\.isDefaultReply) {
            return .commands(commands)
        }
        let hint = ParseOutcome.commands([.verb(.hint, objects: [], second: nil, words: [])])
        if words.count >= 3, ["should", "shall"].contains(first), ["i", "we"].contains(words[1]) { return hint }
        if first == "why" || words.starts(with: ["how", "come"]), words.count >= 3 {
            let content = words.filter { !Self.freeQuestionFiller.contains($0) && !Self.statementFiller.contains($0) && $0 != "come" }
            if let person = personSpokenWith(scope), !content.isEmpty,
               case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + content, freeText: false, scope: scope) {
                return .commands(commands)
            }
            return hint
        }
        return nil
    }
}
