import StoryModel

extension CommandParser {
    /// The words read as if the story had none of its phrase patterns (`on why`,
    /// PhrasePatterns.swift): `why` to the person in conversation, as a story without `on why`
    /// reads it. Nil when the story has no phrase pattern (every reading is then the plain one).
    ///
    /// The engine asks for it only when every story action the words fit refused with no `else`
    /// (the Titanic author's `on why` guarded `only if talking to lightoller`, which answered
    /// "That isn't possible right now." to the steward).
    public func phraseFreeReading(_ input: [String], scope: Scope) -> ParseOutcome? {
        guard let phrases else { return nil }
        return CommandParser(story: phrases.plainStory, plain: phrases.plain).parse(input, scope: scope)
    }
}
