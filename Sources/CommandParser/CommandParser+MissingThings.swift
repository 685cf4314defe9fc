import StoryModel

/// `there r no oars`, `theres no paddle`, `we have no oars`: the player says aloud what is missing,
/// hoping somebody has an idea (the sixty-sixth blind run had "I understood 'there' but not the
/// rest"). Asked of the person in conversation (or the only one here) when they have a topic for
/// it, else the hint. Tried only when the words read as nothing else.
extension CommandParser {
    private static let missingOpenings: [[String]] = [
        ["there", "are", "no"], ["there", "is", "no"], ["theres", "no"], ["there's", "no"], ["there", "isnt", "a"],
        ["there", "isn't", "a"], ["there", "arent", "any"], ["there", "aren't", "any"], ["we", "have", "no"], ["we", "got", "no"],
        ["we", "dont", "have", "any"], ["we", "don't", "have", "any"], ["we", "dont", "have", "a"], ["we", "don't", "have", "a"],
        ["i", "have", "no"], ["i", "dont", "have", "a"], ["i", "don't", "have", "a"], ["i", "dont", "have", "any"],
        ["i", "don't", "have", "any"],
    ]

    /// `ask PERSON about X`, or the hint; nil for other words.
    func missingThing(_ input: [String], scope: Scope) -> ParseOutcome? {
        let words = withoutChatSpelling(input) ?? input
        guard words.count >= 3, words.count <= 8, let opening = Self.missingOpenings.first(where: { words.starts(with: $0) }) else { return nil }
        let missing = words.dropFirst(opening.count).filter { !Vocabulary.articles.contains($0) && !["here", "now", "left"].contains($0) }
        guard !missing.isEmpty else { return nil }
        let people = scope.peopleInSight(story)
        if let person = personInFocus(scope) ?? (people.count == 1 ? people[0] : nil), hasTopic(person, for: Array(missing)),
           case .commands(let asked) = parse(words: ["ask", "#\(person)", "about"] + missing, freeText: false, scope: scope) {
            return .commands(asked)
        }
        let hint = parse(words: ["hint"], freeText: false, scope: scope)
        if case .commands = hint { return hint }
        return nil
    }
}
