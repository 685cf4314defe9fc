import StoryModel

/// A topic a person has just offered, asked about the way students ask it (the sixteenth blind
/// play-test, issue #11). Brennan says "Ask me about the generals", and the player types:
///
/// - `ok tell me about the generals`, `so tell us about the bridge`: `ask about …` (the filler
///   word before `tell me about` no longer hides the question);
/// - `generals`, `the generals?`: the topic alone, asked of the person in conversation, when it
///   is one of that person's topics word for word and the words are no command of their own.
///
/// The person asked is the one in conversation (or, for `tell me about`, whoever the engine's
/// `ask about` picks: the one here, the one whose topic it is, else "Whom do you want to ask …?").
extension CommandParser {
    /// Words before `tell me about` that say nothing.
    static let offeredTopicFiller: WordSet = ["ok", "okay", "so", "well", "alright", "and", "then", "now", "please",
                                                          "right", "fine", "sure"]

    /// Words after `tell me` that start the thing to be told without `about`: `tell me the plan`,
    /// `tell us your name`, `tell me more`.
    static let toldThings: WordSet = ["the", "your", "ur", "ya", "his", "her", "their", "our", "a", "an", "some",
                                      "everything", "anything", "something"]

    /// `tell me about the press`: asking about it (the person in conversation, or the one here);
    /// `tell me the plan`, `tell us your name` without `about` the same (the fifty-ninth blind run:
    /// "I understood 'tell' but not 'me plan'", where `brennan tell me the plan` worked). The
    /// story's own action for the words as typed (`on tell me about the generals`) comes first and
    /// is returned; otherwise `words` become `ask about …` and the result is nil.
    func tellMeAsAsking(_ words: inout [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, words[0] == "tell", ["me", "us"].contains(words[1]) else { return nil }
        let about = words[2] == "about"
        guard about || Self.toldThings.contains(words[2]) else { return nil }
        let own = parseAsTyped(words, scope: scope)
        if case .commands(let commands) = own, commands.contains(where: \.isAuthorAction) { return own }
        words = (about ? ["ask"] : ["ask", "about"]) + words.dropFirst(2)
        return nil
    }

    func askingAsOffered(_ words: [String], scope: Scope) -> ParseOutcome? {
        // `about the film` right after "Ask me. About the film, about Joe Polowsky": asking the
        // person in conversation (a blind student had "I understood 'about' but not 'film'", session 27).
        if words.count >= 2, words[0] == "about", let person = personSpokenWith(scope) {
            let asked = parse(words: ["ask", "#\(person)"] + words, freeText: false, scope: scope)
            if case .commands = asked { return asked }
        }
        // `ok tell me about the generals`: the question without the filler.
        if words.count >= 5, Self.offeredTopicFiller.contains(words[0]) {
            let rest = Array(words.drop { Self.offeredTopicFiller.contains($0) })
            if rest.count >= 4, rest[0] == "tell", ["me", "us"].contains(rest[1]), rest[2] == "about" {
                return parse(rest, scope: scope)
            }
        }
        return topicAlone(words, scope: scope)
    }

    /// `generals` right after "Ask me about the generals": ask the person in conversation.
    private func topicAlone(_ words: [String], scope: Scope) -> ParseOutcome? {
        // The words counted before the topic is made: most commands are no topic.
        let count = words.reduce(0) { $0 + (Vocabulary.articles.contains($1) ? 0 : 1) }
        // Whom the player spoke with is asked last: a parse that reads it cannot be remembered for
        // every conversation at once by `verify`'s search (`SearchMemo`).
        guard count > 0, count <= 3, let person = personSpokenWith(scope) else { return nil }
        let topic = words.filter { !Vocabulary.articles.contains($0) }
        let forms = [topic, topic.map(Vocabulary.otherNumber)]
        guard story.things[person].topics.contains(where: { $0.phrases.contains(where: forms.contains) }) else { return nil }
        // `news`, `radio`: a command or a thing's name keeps its meaning.
        if case .commands = parse(words: topic, freeText: false, scope: scope) { return nil }
        let asked = parse(words: ["ask", "#\(person)", "about"] + topic, freeText: false, scope: scope)
        if case .commands = asked { return asked }
        return nil
    }
}
