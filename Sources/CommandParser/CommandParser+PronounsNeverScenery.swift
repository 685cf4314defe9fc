/// `send it`, `bury them` where the scene's prose has the word `it` or `them` and no thing the
/// pronoun stands for fits the verb: never "You don't need to do anything with 'it': it is just
/// part of the scene." (the fifty-eighth blind run); the verb alone, as the story reads it
/// (its `on send` sends the message), else asking what is meant ("What do you want to bury?").
extension CommandParser {
    func whatThePronounIsFor(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let verb = words.first, vocabulary.isVerb(verb) else { return nil }
        switch parse(words: [verb], freeText: false, scope: scope) {
        case .question(let question): return .question(question)
        case .commands(let commands) where commands.contains(where: \.isAuthorAction): return .commands(commands)
        default: return nil
        }
    }
}
