import StoryModel

/// A person here named with a word only someone elsewhere has (the nineteenth blind play-test,
/// issue #11): `hug the soviet sergeant` on the girders, where Sergeant Andreyev stands and the
/// Soviet sergeant with a mug sits at the Kreinitz tables. When the line names nobody here only
/// because of a word before one of a person's own (`soviet` before Andreyev's `sergeant`), that
/// person here is meant, not "The Soviet sergeant with a mug isn't here." Only a command done to
/// that person is taken: words that tell things apart (`take red flare` with the green one
/// here) keep their refusal.
extension CommandParser {
    func personHereInstead(_ words: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        guard failure == .notVisible, words.count >= 3 else { return nil }
        let people = scope.peopleInSight(story)
        for person in people {
            let own = vocabulary.words[person]
            var kept: [String] = [words[0]]
            for (index, word) in words.enumerated().dropFirst() {
                // A word of things, not this person's, right before a word of theirs (`soviet sergeant`),
                // unless it is a word of another person here: `the horse lad` is not the Polish lad.
                if index < words.count - 1, !own.contains(word), own.contains(words[index + 1]), vocabulary.things(answering: word) != nil,
                   !Vocabulary.pronouns.contains(word), !Vocabulary.articles.contains(word),
                   !people.contains(where: { $0 != person && vocabulary.words[$0].contains(word) }) {
                    continue
                }
                // A word for anyone after a word of theirs: `the horse guy`, `the radio man` (the
                // sixty-fifth blind run's `follow the horse guy` had the Polish worker, a "guy").
                if index > 1, Self.wordsForAnyone.contains(word), !own.contains(word), own.contains(words[index - 1]) {
                    continue
                }
                kept.append(word)
            }
            guard kept.count < words.count, kept.count >= 2,
                  case .commands(let commands) = parse(kept, scope: scope),
                  commands.contains(where: { names([person], $0) }) else { continue }
            return .commands(commands)
        }
        return nil
    }

    /// Words for any person, after a word that says which (`the horse guy`).
    static let wordsForAnyone = WordSet(NounResolver.personWords.union(["lad", "boy", "girl", "kid", "fella", "feller", "one"]))

    /// True when the command is done to one of these people.
    private func names(_ people: [ThingIndex], _ command: Command) -> Bool {
        switch command {
        case .action(_, let slots): return slots.contains(where: people.contains)
        case .verb(_, let objects, let second, _): return objects.contains(where: people.contains) || second.map(people.contains) == true
        default: return false
        }
    }
}
