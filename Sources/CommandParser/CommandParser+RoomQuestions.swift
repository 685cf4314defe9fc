import StoryModel

extension CommandParser {
    /// A question put to nobody in particular, which no command answers: `why cant we go
    /// further`, `where do i get flares`, `whats on the radio`, `where are you from` with two
    /// people here. Read as what the player most likely means:
    ///
    /// - about the news or the radio: `listen to radio` (or `listen`), when the story has
    ///   something to hear;
    /// - about a thing here (`where is the boat`): examine it;
    /// - with people here: the person with a topic for its words, else the only person, else "Whom
    ///   do you want to ask about …?" (the engine asks).
    ///
    /// Nil when the words are not such a question, or name nothing to ask about (`what is this`
    /// keeps the tip for questions).
    func questionToTheRoom(_ input: [String], scope: Scope) -> ParseOutcome? {
        let words = input.filter { !Vocabulary.articles.contains($0) }
        // Questions with a question word; `is this the river` and `what is this` keep the tip.
        guard let first = words.first, Self.whWords.contains(first) else { return nil }
        if words.contains(where: { ["news", "broadcast", "broadcasts", "radio"].contains($0) }) {
            for listening in [["listen", "to", "radio"], ["listen"]] {
                if case .commands(let commands) = parse(words: listening, freeText: false, scope: scope),
                   commands.contains(where: { if case .action = $0 { true } else { false } }) {
                    return .commands(commands)
                }
            }
        }
        let topic = Rephrasings.topic(Array(words.dropFirst())).filter { !Self.questionFiller.contains($0) }
        if !topic.isEmpty, case .commands(let commands) = parse(words: ["examine"] + topic, freeText: false, scope: scope) {
            return .commands(commands)
        }
        // `where is she from`: the person `her` means (CommandParser+Vocatives.swift).
        if let asked = askingByPronoun(words, topic: topic, scope: scope) { return asked }
        let people = scope.peopleInSight(story)
        // `who are you`, `how are you` with several people here: "Whom do you want to ask about
        // name?", "Whom do you want to talk to?".
        if words.contains(where: { $0 == "you" || $0 == "your" }) {
            guard !people.isEmpty, let reading = Self.commandForQuestion(words) else { return nil }
            return parse(words: reading == ["hello"] ? ["talk", "to"] : reading, freeText: false, scope: scope)
        }
        guard !people.isEmpty, !topic.isEmpty else { return nil }
        // `how many men r coming` right after talking to Kotzebue: Kotzebue, not "Whom do you want to ask?".
        if let person = personAnswering(topic, scope: scope) ?? personSpokenWith(scope) ?? (people.count == 1 ? people[0] : nil) {
            return parse(words: ["ask", "#\(person)", "about"] + topic, freeText: false, scope: scope)
        }
        return parse(words: ["ask", "about"] + topic, freeText: false, scope: scope)
    }

    /// The words that start a question to the room.
    static let whWords: WordSet = ["what", "whats", "what's", "where", "wheres", "where's", "who", "whos", "who's",
                                       "why", "how", "when", "which"]

    /// Words of a question to the room that name no topic: `why cant we go further`, `where do i
    /// get flares`.
    static let questionFiller: WordSet = ["why", "cant", "can't", "cannot", "get", "find", "go", "going", "any", "more", "know", "think", "about", "there", "here",
                                              "happened", "happen", "say", "said", "tell", "me", "us", "our", "my", "let",
                                              "allowed", "want", "wants", "need", "needs", "have", "has", "got", "who",
                                              "what", "whats", "where", "wheres", "how", "when", "which", "not", "dont",
                                              "don't", "does", "did", "doing", "like", "for", "of", "in", "at", "with",
                                              // `whats over there`: no topic "over".
                                              "over", "across", "around", "out", "yonder", "beyond",
                                              // `why cant we just go`: no topic "just" (the fifty-ninth blind run).
                                              "just", "really", "still", "even", "ever", "only", "actually", "simply", "yet",
                                              // `what are we waiting for`: the situation, not a topic "waiting".
                                              "waiting"]

    /// The first person in sight with a topic whose phrase the words hold.
    func personAnswering(_ topic: [String], scope: Scope) -> ThingIndex? {
        let asked = Set(topic + topic.map(Vocabulary.otherNumber))
        return scope.peopleInSight(story).first { person in
            story.things[person].topics.contains { topic in topic.phrases.contains { !$0.isEmpty && Set($0).isSubset(of: asked) } }
        }
    }
}
