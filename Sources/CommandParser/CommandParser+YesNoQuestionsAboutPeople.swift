import StoryModel

/// A yes-or-no question about a person by name: `was titov a prisoner`, `is polowsky american or
/// russian` → put to the person in conversation (`ask X about polowsky american russian`), or to
/// that person about the other words when they have a topic for them, else the person's
/// description (`examine`, or `recall` for someone not here, as `who is X`); a group (`are the
/// russians coming`) is left to the questions to the room.
extension CommandParser {
    /// Words that open a yes-or-no question about someone: `was titov a prisoner`.
    static let yesNoOpenings: WordSet = ["is", "was", "are", "were", "does", "did", "has", "have"]

    /// `was titov a prisoner`, `is polowsky american or russian`: a yes-or-no question about a
    /// person named by name (never by `he` or `she`). Nil when the words name no person first,
    /// or the story's own action reads them.
    func questionAboutSomeone(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.yesNoOpenings.contains(words[0]) else { return nil }
        let spoken = words.filter { !Vocabulary.articles.contains($0) }
        guard spoken.count >= 3 else { return nil }
        for length in [3, 2, 1] where spoken.count > length + 1 {
            let named = Array(spoken[1...length])
            guard named.allSatisfy({ vocabulary.things(answering: $0) != nil && !Vocabulary.pronouns.contains($0) }) else { continue }
            let rest = spoken.dropFirst(length + 1).filter { !Self.statementFiller.contains($0) && $0 != "or" }
            if case .commands(let commands) = parse(words: words, freeText: false, scope: scope), commands.contains(where: \.isAuthorAction) {
                return nil
            }
            let focus = personInFocus(scope)
            // A person by name (`titov`), not a group a word names (`are the russians coming`,
            // which the questions to the room put to whoever knows).
            if let person = addressee(named, scope: scope) {
                guard story.things[person].isProperName else { return nil }
                if let focus, focus != person {
                    return parse(words: ["ask", "#\(focus)", "about"] + named + rest, freeText: false, scope: scope)
                }
                // Asked of the person himself: his topic for the other words, else what he looks like.
                let topics = story.things[person].topics.flatMap(\.phrases).filter { $0 != ["anything"] && $0 != ["anything", "else"] }
                if topics.contains(where: { TopicMatch.matches($0, Array(rest)) }),
                   case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + rest, freeText: false, scope: scope) {
                    return .commands(commands)
                }
                return parse(words: ["examine", "#\(person)"], freeText: false, scope: scope)
            }
            // Someone not here: named only by words of people.
            let people = named.reduce(Set(vocabulary.things(answering: named[0]) ?? [])) { $0.intersection(vocabulary.things(answering: $1) ?? []) }
            guard !people.isEmpty, people.allSatisfy({ story.things[$0].isPerson && story.things[$0].isProperName }) else { continue }
            if let focus {
                return parse(words: ["ask", "#\(focus)", "about"] + named + rest, freeText: false, scope: scope)
            }
            return .commands([.verb(.recall, objects: [], second: nil, words: named)])
        }
        return nil
    }
}
