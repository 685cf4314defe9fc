import StoryModel

extension CommandParser {
    /// `send it` right after Kotzebue hands over his message, when `it` names nothing that fits:
    /// the one thing here that the story's actions for the verb name (`on send {message}`). Nil
    /// when the words have no `it`/`them`, or no single thing here fits the verb.
    func pronounByVerb(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, let at = words.indices.dropFirst().first(where: { words[$0] == "it" || words[$0] == "them" }) else {
            return nil
        }
        var fitting: Set<ThingIndex> = []
        let verb = Synonyms.canonical(words)[0]
        for index in actions(startingWith: verb, scope: scope) {
            for pattern in vocabulary.canonicalPatterns[index] where pattern.elements.first == .word(verb) {
                for case .slot(.thing(let thing)) in pattern.elements where scope.isInSight(thing) { fitting.insert(thing) }
            }
        }
        guard fitting.count == 1, let thing = fitting.first else { return nil }
        var named = words
        named[at] = "#\(thing)"
        guard case .commands(let commands) = parse(words: named, freeText: false, scope: scope) else { return nil }
        return .commands(commands)
    }
}
