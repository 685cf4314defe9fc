import StoryModel

extension CommandParser {
    /// `x ball` where the scene's description says "Someone has found a ball." and no thing
    /// answers to `ball`, though the word is known from a person's topic (`about football, ball`)
    /// or an action's pattern (`on kick ball`): "just part of the scene", as for a word known
    /// from nowhere (a blind author's Christmas truce, session 13), never "I understood 'x' but
    /// not the rest".
    ///
    /// Only for a command that failed as not understood, of a verb and one word (articles
    /// aside) that names no thing of the story and is a word of the scene's own prose.
    func knownSceneryWord(_ words: [String], failure: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(let reason) = failure, reason.isNotUnderstood, words.count >= 2 else { return nil }
        let rest = words.dropFirst().filter { !Vocabulary.articles.contains($0) && $0 != "at" }
        guard rest.count == 1, let word = rest.first, vocabulary.things(answering: word) == nil else { return nil }
        // `send it`, `bury them`: a pronoun is never a word of the scenery (CommandParser+PronounsNeverScenery.swift).
        if Vocabulary.pronouns.contains(word) { return whatThePronounIsFor(words, scope: scope) }
        guard vocabulary.sceneryWords.mentions(word, scene: scope.scene) else { return nil }
        return .failure(.scenery(word))
    }
}
