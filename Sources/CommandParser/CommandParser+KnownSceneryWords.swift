import StoryModel

extension CommandParser {
    /// `x ball` where the scene's description says "Someone has found a ball." and no thing
    /// answers to `ball`, though the word is known from a person's topic (`about football, ball`)
    /// or an action's pattern (`on kick ball`): "just part of the scene", as for a word known
    /// from nowhere (a blind author's Christmas truce, session 13), never "I understood 'x' but
    /// not the rest".
    ///
    /// Only for a command that failed as not understood, of a verb and one to three words
    /// (articles aside) that name no thing of the story and are words of the scene's own prose
    /// or of the texts of a thing or person in scope: `x photograph` with an identity card that
    /// reads "Your name, your photograph…" (`photograph` is a verb of the game's; a blind author,
    /// session 33, had "I understood 'x' but not the rest").
    func knownSceneryWord(_ words: [String], failure: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(let reason) = failure, reason.isNotUnderstood, words.count >= 2 else { return nil }
        let rest = words.dropFirst().filter { !Vocabulary.articles.contains($0) && $0 != "at" }
        guard (1...3).contains(rest.count), let word = rest.first,
              rest.allSatisfy({ vocabulary.things(answering: $0) == nil }) else { return nil }
        // `go eats` with "Nobody eats them" in a text: a direction one slip off is meant after a
        // verb of going (a blind student, session 36); the engine corrects it, "(go east)".
        if rest.count == 1, Self.goingVerbs.contains(words[0]),
           let direction = Self.directionOneSlipFrom(word) {
            return .failure(.unknownWord(word, suggestions: [direction]))
        }
        // `send it`, `bury them`: a pronoun is never a word of the scenery (CommandParser+PronounsNeverScenery.swift).
        if rest.count == 1, Vocabulary.pronouns.contains(word) { return whatThePronounIsFor(words, scope: scope) }
        guard !rest.contains(where: Vocabulary.pronouns.contains), rest.allSatisfy({ isScenery($0, scope: scope) }) else { return nil }
        return .failure(.scenery(rest.joined(separator: " ")))
    }

    /// `go eats`, `walk nrth` (after a verb of going, the second and last word): the one direction
    /// a slip away, as an unknown word the engine corrects; nil otherwise.
    func directionSlip(_ words: [String], at position: Int) -> ParseOutcome? {
        guard position == 1, words.count == 2, Self.goingVerbs.contains(words[0]),
              let direction = Self.directionOneSlipFrom(words[1]) else { return nil }
        return .failure(.unknownWord(words[1], suggestions: [direction]))
    }

    /// The one full direction name a letter added, dropped or changed, or two neighbouring letters
    /// swapped, away from `word` (`eats`, `wets`, `nort`): `EditDistance` counts a swap as one
    /// slip. Nil for none or several.
    static func directionOneSlipFrom(_ word: String) -> String? {
        let near = Direction.allCases.map(\.rawValue).filter { $0 != word && EditDistance.distance(word, $0) == 1 }
        return near.count == 1 ? near[0] : nil
    }
}
