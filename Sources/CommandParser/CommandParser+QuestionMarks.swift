import StoryModel

/// A sentence typed with a question mark is a question (issue #11, session 12): `so its fake?`,
/// `brennan we leaving?`, `the bridge is gone?` had been "You tell Allan Jackson so. He nods."
/// The engine asks, for the last part of a line that ends in `?` which read as a sentence said to
/// a person, what that person answers to its words: their topic, else their reply to anything
/// else.
extension CommandParser {
    /// `ask PERSON about` the sentence's words, when it has words that say something; nil
    /// otherwise (the sentence then stays said).
    public func questionInsteadOfStatement(_ words: [String], to person: ThingIndex, scope: Scope) -> ParseOutcome? {
        let content = words.filter { !Self.statementFiller.contains($0) && !Self.namesPerson(person, $0, story: story) }
        guard !content.isEmpty, story.things[person].isPerson,
              case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + content, freeText: false, scope: scope),
              commands.contains(where: { if case .verb(.ask, _, _, _) = $0 { true } else if case .action = $0 { true } else { false } }) else { return nil }
        return .commands(commands)
    }

    /// True when the word is one of the person's own nouns (`brennan` in `brennan we leaving?`).
    private static func namesPerson(_ person: ThingIndex, _ word: String, story: Story) -> Bool {
        story.things[person].nouns.contains(word)
    }
}
