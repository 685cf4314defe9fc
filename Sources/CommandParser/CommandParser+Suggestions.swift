import StoryModel

/// A person's name, then words that are no order for them (session 11, round 2, issue #11):
///
/// - a suggestion of what to do together (`brennan lets go`, `kotzebue should we cross`,
///   `kotzebue lets cross`, `ortiz we should go`): said to that person, whose topic for its
///   words answers (`cross`, `go`), else the story's reply to asking them for something (`on
///   order {ortiz}`), else it is a sentence told to them;
/// - a plea for help alone (`brennan help`): their topic for `help`, else the story's reply to
///   asking them for something, else their reply to anything else (never the hint);
/// - a question of what to do together (`ortiz can we help him`): their topic, else their reply
///   to anything else, never the story's reply to an order;
/// - `we should swear never to do this again` is the story's own action for what follows
///   (`storyActionSuggested`), when it has one;
/// - `lets go` alone, which asked where, is such a suggestion to the person in conversation;
/// - a sentence that opens with a pronoun (`kotzebue they dont know`, `brennan we leaving`): told
///   to them, or asked when it is a question.
///
/// Never "Sergeant Brennan has better things to do."; a sentence is never the story's reply to
/// an order (`on order {kotzebue}`).
extension CommandParser {
    /// Words that open a suggestion of something to do together.
    static let suggestionOpenings: [[String]] = [
        ["why", "dont", "we"], ["why", "don't", "we"], ["how", "about", "we"], ["we", "need", "to"], ["we", "have", "to"],
        ["let", "us"], ["lets"], ["let's"], ["should", "we"], ["shall", "we"], ["can", "we"], ["could", "we"],
        ["we", "should"], ["we", "must"], ["we", "gotta"], ["we", "can"], ["we", "could"],
    ]
    /// Openings of a suggestion that ask rather than propose: `can we`, `should we`.
    private static let questionOpenings: Set<[String]> = [["should", "we"], ["shall", "we"], ["can", "we"], ["could", "we"]]
    /// A plea for help alone after a name.
    private static let pleas: Set<[String]> = [["help"], ["help", "me"], ["help", "us"], ["help", "pls"], ["help", "please"]]

    /// The words after a person's name (`rest`, as `order` has them) read as a suggestion, a plea
    /// for help or a sentence to that person; nil for other words, which stay an order.
    func suggestion(to person: ThingIndex, _ rest: [String], scope: Scope) -> ParseOutcome? {
        let who = "#\(person)"
        let words = withoutChatSpelling(rest) ?? rest
        if Self.pleas.contains(words) {
            if let topic = topicAnswer(of: person, about: ["help"], scope: scope) { return topic }
            // The story's reply to asking them for something (`on order {brennan}`: "Help with
            // what, Sparks?"), else their reply to anything else rather than the hint (`titov
            // help`, the forty-second and forty-fourth blind runs); the hint only from a person
            // with nothing to say.
            if let own = storyOrderReply(who, scope: scope) { return own }
            if hasReplyToAnythingElse(person),
               case .commands(let asked) = parse(words: ["ask", who, "about", "help"], freeText: false, scope: scope) {
                return .commands(asked)
            }
            let hint = parse(words: ["hint"], freeText: false, scope: scope)
            if case .commands = hint { return hint }
            return nil
        }
        if let opening = Self.suggestionOpenings.first(where: { words.starts(with: $0) && words.count > $0.count }) {
            let content = words.dropFirst(opening.count).filter { !Self.statementFiller.contains($0) }
            if let topic = topicAnswer(of: person, about: content, scope: scope) { return topic }
            // `ortiz can we help him`: a question, which their reply to anything else answers,
            // never their reply to an order ("Wherever you point": the forty-second blind run).
            if Self.questionOpenings.contains(opening), !content.isEmpty, hasReplyToAnythingElse(person),
               case .commands(let asked) = parse(words: ["ask", who, "about"] + content, freeText: false, scope: scope) {
                return .commands(asked)
            }
            // The story's reply to asking this person for something (`on order {ortiz}`: "Not
            // before the sergeant says so"), else a sentence told to them.
            return storyOrderReply(who, scope: scope) ?? .commands([.verb(.statement, objects: [person], second: nil, words: words)])
        }
        // `kotzebue they dont know`, `brennan we leaving`: a pronoun first, then no verb of a command.
        guard words.count >= 2, Self.chatPronouns.contains(words[0]), !vocabulary.isVerb(words[0]) || words[0] == "i" else {
            return nil
        }
        let content = words.filter { !Self.statementFiller.contains($0) }
        if let topic = topicAnswer(of: person, about: content, scope: scope) { return topic }
        return .commands([.verb(.statement, objects: [person], second: nil, words: words)])
    }

    /// `lets go`, `let's move on` (`Let's go, men.`), which asked where to go: a suggestion said to
    /// the person in conversation; nil for longer words or with nobody in conversation.
    func suggestionInConversation(_ input: [String], scope: Scope) -> ParseOutcome? {
        let words = withoutChatSpelling(input) ?? input
        guard let opening = Self.suggestionOpenings.first(where: { words.starts(with: $0) && words.count > $0.count }),
              words.count - opening.count <= 2, let person = personInFocus(scope) else { return nil }
        return suggestion(to: person, words, scope: scope)
    }

    /// `we should swear never to do this again`, `we must promise`: the story's own action for what
    /// follows the suggestion's opening (its longest reading first: `swear never to do this again`,
    /// then `swear never to`, … `swear`); nil when no action of the story's reads it, so the
    /// sentence stays one said to someone (`we should cross` is Kotzebue's topic, never crossing).
    func storyActionSuggested(_ input: [String], scope: Scope) -> ParseOutcome? {
        guard input.count >= 3, Self.suggestionStarts.contains(input[0]) else { return nil }
        let words = withoutChatSpelling(input) ?? input
        guard let opening = Self.suggestionOpenings.first(where: { words.starts(with: $0) && words.count > $0.count }),
              opening.first != "should", opening.first != "shall", opening.first != "can", opening.first != "could" else { return nil }
        let said = Array(words.dropFirst(opening.count))
        guard vocabulary.isVerb(said[0]) else { return nil }
        for length in stride(from: said.count, through: 1, by: -1) {
            let outcome = parse(words: Array(said.prefix(length)), freeText: false, scope: scope)
            if case .commands(let commands) = outcome, commands.contains(where: \.isAuthorAction) { return outcome }
        }
        return nil
    }

    /// `ask PERSON about WORDS` when one of the person's topics (besides `anything`) is among the
    /// words; nil otherwise.
    private func topicAnswer(of person: ThingIndex, about content: [String], scope: Scope) -> ParseOutcome? {
        guard !content.isEmpty else { return nil }
        let named = content + content.map(Vocabulary.otherNumber)
        let fits = story.things[person].topics.contains { topic in
            topic.phrases.contains { $0 != ["anything"] && $0 != ["anything", "else"] && TopicMatch.matches($0, named) }
        }
        guard fits else { return nil }
        let asked = parse(words: ["ask", "#\(person)", "about"] + content, freeText: false, scope: scope)
        if case .commands = asked { return asked }
        return nil
    }

    /// True when the person has a reply to anything else (`about anything else`).
    func hasReplyToAnythingElse(_ person: ThingIndex) -> Bool {
        story.things[person].topics.contains { topic in topic.phrases.contains { $0 == ["anything"] || $0 == ["anything", "else"] } }
    }
}
