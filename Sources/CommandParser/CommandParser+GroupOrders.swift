import StoryModel

/// Orders to a group or to a person whose name starts with a verb (the forty-second and
/// forty-seventh blind runs, issue #11):
///
/// - `ask the men to use their rifles as paddles` where nobody here is called `men`: the men are
///   the patrol the player is part of, so the story's own reading of the order's command is what
///   happens (`use rifles as paddles`), never "I understood 'ask' but not the rest";
/// - `polish guy yell something`: a two-word name whose first word is also a verb (`polish`)
///   before another verb is an order to that person, as `titov come with us` is;
/// - `ortiz dont be mean` (the fiftieth): a name, then `dont`, is no order to answer with the
///   story's reply to any order ("Wherever you point, Sparks. EAST"): their topic for the words,
///   else the words said to them.
extension CommandParser {
    /// Words for the people around the player as a group: those for everybody here
    /// (CommandParser+Addressing.swift) and the men of a patrol.
    private static let orderedGroups: WordSet = WordSet(groupWords.union(["men", "soldiers", "others", "patrol"]))

    /// `ask the men to use their rifles as paddles`: the story's action for the command asked.
    func orderToTheGroup(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, ["ask", "tell", "order", "get"].contains(words[0]) else { return nil }
        let rest = words.dropFirst().filter { !Vocabulary.articles.contains($0) }
        guard rest.count >= 3, Self.orderedGroups.contains(rest[0]), rest[1] == "to" else { return nil }
        guard case .commands(let commands) = parse(Array(rest.dropFirst(2)), scope: scope),
              commands.contains(where: \.isAuthorAction) else { return nil }
        return .commands(commands)
    }

    /// `polish guy yell something`: the order to the person the first two words name.
    func orderToNamedByVerb(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, vocabulary.namesThings(words[1]), vocabulary.isVerb(words[0]), vocabulary.isVerb(words[2]),
              addressee(Array(words.prefix(2)), scope: scope) != nil else { return nil }
        return order(["ask"] + words.prefix(2) + ["to"] + words.dropFirst(2), scope: scope)
    }

    /// `ortiz dont be mean`: their topic for the words (`ortiz dont whistle`), else the words as a
    /// sentence to them; nil when the words are no name and `dont`.
    func negativeOrder(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.negations.contains(words[1]), let person = addressee([words[0]], scope: scope) else {
            return nil
        }
        let rest = Array(words.dropFirst())
        if case .commands(let commands)? = order(["ask", words[0], "to"] + rest, scope: scope),
           !commands.contains(where: isReplyToAnyOrder),
           hasTopic(person, for: rest) || !commands.contains(where: { if case .verb(.ask, _, _, _) = $0 { true } else { false } }) {
            return .commands(commands)
        }
        return statement(rest, failure: .notUnderstood(verb: nil), scope: scope, to: person)
            ?? .commands([.verb(.statement, objects: [person], second: nil, words: rest)])
    }

    /// True for the story's reply to any order of a person (`on order {ortiz}`).
    func isReplyToAnyOrder(_ command: Command) -> Bool {
        guard case .action(let index, _) = command else { return false }
        return story.actions[index].patterns.contains { $0.elements.count == 2 && $0.elements[0] == .word("order") }
    }
}
