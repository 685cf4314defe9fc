import StoryModel

extension CommandParser {
    /// `im confused`, `im lost`, `what now` ask for the hint, even in conversation (a blind
    /// author's Christmas truce, session 13: `im confused` got "Jack nods as you say so."),
    /// unless the person in conversation has a topic for those words (`about lost`): then it is
    /// asking them about it.
    ///
    /// Asked only for words the question table reads as `hint`, so no other reading looks at
    /// whom the player spoke with.
    func hintRequestAnsweredByTopic(_ words: [String], scope: Scope) -> ParseOutcome? {
        let topic = words.filter { !Self.hintRequestFillers.contains($0) }
        guard !topic.isEmpty, let person = personSpokenWith(scope) else { return nil }
        let answers = story.things[person].topics.contains { known in
            known.phrases.contains { $0 != ["anything"] && $0 != ["anything", "else"] && TopicMatch.matches($0, topic) }
        }
        guard answers, case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + topic, freeText: false, scope: scope)
        else { return nil }
        return .commands(commands)
    }

    /// The words of a request for the hint that name no topic (`am`, `so`, `what`, `do`).
    private static let hintRequestFillers: WordSet = [
        "i", "am", "so", "very", "totally", "completely", "really", "what", "do", "does", "to", "now", "next", "dont",
        "don't", "not", "know", "we", "should", "can", "need", "supposed", "are", "is", "the", "my", "plan", "where", "go",
        "how", "win", "goal", "dunno",
    ]
}
