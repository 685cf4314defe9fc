import StoryModel

/// Questions put to one person, the way students type them (eighth blind play-test):
///
/// - a name at the end, as when speaking: `where are you from ortiz`, `whats your name sarge`,
///   `where r u from buck` → the question put to that person (the name first is an order's
///   form, `ortiz, where are you from`, read by `order`);
/// - a question to `you` with several people here goes to the person in conversation: the one
///   last spoken to, given or shown something (`give cigarettes to man`, then `where are you
///   from`);
/// - `he`, `she` in a question (`where is she from`) is the person `him`/`her` means, not whoever
///   has a topic for its words;
/// - `can i come with you`, `can we join you` → the person's topic for it (`about come`,
///   `about join`), else "X shrugs: where you go is up to you."
///
/// Tried only after the words failed as typed, or for a question that names a person last.
extension CommandParser {
    /// The person `you` means when several people are here: the one the last command named
    /// (talked to, asked, given or shown something), when still here; else the only person here.
    /// A person only mentioned by the story's text ("A woman stands by him.") is in no conversation.
    public func personInFocus(_ scope: Scope) -> ThingIndex? {
        if let spoken = personSpokenWith(scope) { return spoken }
        let people = scope.peopleInSight(story)
        return people.count == 1 ? people[0] : nil
    }

    /// The person the last command named, when still here.
    func personSpokenWith(_ scope: Scope) -> ThingIndex? {
        guard let recent = scope.recentPerson, story.things[recent].isPerson, scope.recentGroup.contains(recent),
              scope.isInSight(recent) else { return nil }
        return recent
    }

    /// `where are you from ortiz`: a question to `you` whose last word or two name one person here.
    func vocativeQuestion(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, let first = words.first, Self.freeQuestionStarts.contains(first) || first == "tell",
              let last = words.last, vocabulary.things(answering: last) != nil else { return nil }
        for length in [2, 1] where words.count > length + 1 {
            let rest = Array(words.dropLast(length))
            // `what do you think of miss paul` said to Wells: the name is what the question is
            // about, not whom it is put to (a blind author's suffrage march, session 15).
            // So is a name after `of the` (`what do you think of the officer` to Lutz, a blind
            // author's Berlin Wall: the officer's catch-all had answered over Lutz's `about officer`),
            // and a name of two words whose first is `of` (`of jäger`).
            // A word of the same person's name before it (`of frau brandt`) is skipped too.
            if let before = rest.last(where: { Self.formsOfAddress[$0] == nil && !["mr", "mrs", "ms", "dr", "mister"].contains($0)
                                                 && !Vocabulary.articles.contains($0) && !namesTheSame($0, as: last) }),
               before == "of" || before == "about" { continue }
            if let name = words.suffix(length).first, name == "of" || name == "about" { continue }
            guard rest.contains(where: { ["you", "your", "yourself", "yours"].contains($0) }),
                  let person = addressee(Array(words.suffix(length)), scope: scope) else { continue }
            // `where did you learn russian` to Polowsky: a word of the question that is no name of
            // the person it fits (the Soviet soldiers answer to `russian`) asks the one in conversation.
            if !namesByName(Array(words.suffix(length)), person), let spoken = personSpokenWith(scope), spoken != person {
                let topic = Rephrasings.topic(Array(words.dropFirst())).filter { !["you", "your", "u", "ur"].contains($0) }
                return questionPut(to: spoken, words, scope: scope)
                    ?? parse(words: ["ask", "#\(spoken)", "about"] + (topic.isEmpty ? ["anything"] : topic), freeText: false, scope: scope)
            }
            // `can you shout to them titov`: the story's order first (CommandParser+PoliteOrders.swift).
            return (Self.isPolite(rest) ? storyOrder(to: person, rest, scope: scope) : nil)
                ?? questionPut(to: person, rest, scope: scope) ?? order(["ask", "#\(person)", "to"] + rest, scope: scope)
        }
        return nil
    }

    /// True when the two words name one thing of the story (`frau`, `brandt`).
    private func namesTheSame(_ word: String, as other: String) -> Bool {
        guard let things = vocabulary.things(answering: word), let others = vocabulary.things(answering: other) else { return false }
        return things.contains(where: others.contains)
    }

    /// True when the words name the person as one calls them: a person with a proper name, a
    /// form of address or rank, or a capitalised word of the name; not a word that only describes
    /// them (`russian` for the Soviet soldiers).
    func namesByName(_ words: [String], _ person: ThingIndex) -> Bool {
        let thing = story.things[person]
        guard !thing.isProperName else { return true }
        let capitalised = Set(thing.name.split(separator: " ").filter { $0.first?.isUppercase ?? false }.map { $0.lowercased() })
        return words.allSatisfy { word in isFormOfAddress([word]) || capitalised.contains(word) }
    }

    /// A question to `you` (`where are you from`, `who are you`, `whats your name`) read as a
    /// command without a person (`ask about home`, `hello`), put to the person in conversation.
    func askingInFocus(_ reading: [String], scope: Scope) -> ParseOutcome? {
        guard let person = personInFocus(scope) else { return nil }
        let who = "#\(person)"
        if reading == ["hello"] { return parse(words: ["talk", "to", who], freeText: false, scope: scope) }
        guard reading.starts(with: ["ask", "about"]) else { return nil }
        return parse(words: ["ask", who] + reading.dropFirst(), freeText: false, scope: scope)
    }

    /// A question read as a command, put to this person: `where are you from` asks about home,
    /// `how are you` talks, `can i come with you` asks about coming along.
    func questionPut(to person: ThingIndex, _ rest: [String], scope: Scope) -> ParseOutcome? {
        let who = "#\(person)"
        if let coming = accompanying(rest, person: person, scope: scope) { return coming }
        guard let reading = Self.commandForQuestion(rest) else { return nil }
        if reading == ["hello"] { return parse(words: ["talk", "to", who], freeText: false, scope: scope) }
        if reading.starts(with: ["ask", "about"]) {
            return parse(words: ["ask", who] + reading.dropFirst(), freeText: false, scope: scope)
        }
        return nil
    }

    /// `where is she from`, `what does he think of the bridge`: the person `him` or `her` means,
    /// asked about the question's words.
    func askingByPronoun(_ words: [String], topic: [String], scope: Scope) -> ParseOutcome? {
        guard !topic.isEmpty, let pronoun = words.first(where: { ["he", "she", "his", "her", "him", "hes", "shes"].contains($0) }) else { return nil }
        let object = ["she", "her", "shes"].contains(pronoun) ? "her" : "him"
        if let named = personNamed(by: topic, fitting: object, scope: scope) {
            return parse(words: ["ask", "#\(named)", "about"] + topic, freeText: false, scope: scope)
        }
        guard case .things(let found) = resolver.resolveOne([object], kind: .person, scope: scope), found.count == 1,
              story.things[found[0]].isPerson else { return nil }
        return parse(words: ["ask", "#\(found[0])", "about"] + topic, freeText: false, scope: scope)
    }

    /// `why is he called buck` just after asking Ferris something: the one person here whom the
    /// question's other words name (Kotzebue, whom the men call Buck) and the pronoun fits. Words
    /// for any person (`men`, `soldier`) name nobody in particular.
    private func personNamed(by topic: [String], fitting pronoun: String, scope: Scope) -> ThingIndex? {
        let words = Set(topic).subtracting(NounResolver.personWords)
        let resolver = resolver
        let named = scope.peopleInSight(story).filter { person in
            !vocabulary.nouns[person].isDisjoint(with: words)
                && (resolver.gender(of: person).map { $0 == (pronoun == "her") } ?? true)
        }
        return named.count == 1 ? named[0] : nil
    }

    /// Words of asking to come along: `can i come with you`, `can we join you`, `may i come too`.
    static let comingWords: WordSet = ["come", "coming", "join", "go", "along", "accompany", "follow", "tag"]

    /// `can i come with you`: the person's topic for coming along, else the built-in shrug.
    func accompanying(_ words: [String], person: ThingIndex? = nil, scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.askingWhetherStarts.contains(words[0]), ["i", "we"].contains(words[1]),
              words.contains(where: Self.comingWords.contains),
              words.contains(where: { ["you", "along", "too", "with"].contains($0) }),
              let person = person ?? personInFocus(scope) else { return nil }
        let asked = words.dropFirst(2).filter { !["you", "your", "with", "i", "we", "me", "us", "too", "please"].contains($0) }
        let topics = story.things[person].topics.filter { topic in
            topic.phrases.contains { phrase in phrase != ["anything"] && phrase != ["anything", "else"] && TopicMatch.matches(phrase, asked) }
        }
        if !topics.isEmpty, case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + asked, freeText: false, scope: scope) {
            return .commands(commands)
        }
        return .commands([.verb(.accompany, objects: [person], second: nil, words: [])])
    }
}
