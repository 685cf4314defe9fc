import StoryModel

/// Lines the parser read wrongly or not at all, read again with what the player plainly meant
/// (the eighteenth and nineteenth blind play-tests, issue #11). The engine asks after the
/// other fallbacks; each reading says in its own file when it applies:
/// a message sent by radio (CommandParser+RadioMessages.swift), a question the interpreter is
/// to put to someone (CommandParser+InterpreterQuestions.swift), a farewell or interjection with
/// a reaction or wish after it (CommandParser+TrailingReactions.swift), any line with a laugh
/// or `thx bye` last (CommandParser+TrailingChatWords.swift), a promise said in full
/// (CommandParser+PromisesInFull.swift), `now try moscow`
/// (CommandParser+TryingAgain.swift), a rude remark (CommandParser+RudeRemarks.swift), `look around the barn`
/// (CommandParser+LookingAround.swift), a person here named with a word of someone elsewhere
/// (CommandParser+PeopleInScope.swift), and the player introducing themselves or an interjection
/// before words that are no command (CommandParser+Introductions.swift), and a word that only
/// says how (CommandParser+MannerWords.swift), and a command with what it is for after it
/// (CommandParser+Purposes.swift).
extension CommandParser {
    public func reread(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard !words.isEmpty, words.count <= 16 else { return nil }
        if let asked = interpreterQuestion(words, outcome: outcome, scope: scope) { return asked }
        if let tried = tryingAgain(words, outcome: outcome, scope: scope) { return tried }
        if let greeted = greetingTheOneJustTalkedTo(words, outcome: outcome, scope: scope) { return greeted }
        guard case .failure(let failure) = outcome else { return nil }
        // In two steps: one chain of them all is more than the type checker reads in time.
        if let early = rudeRemark(words, scope: scope) ?? lookingAround(words, scope: scope) { return early }
        return radioMessage(words, scope: scope) ?? withoutTrailingReaction(words, scope: scope)
            ?? withoutTrailingChatWord(words, scope: scope) ?? promiseInFull(words, scope: scope)
            ?? personHereInstead(words, failure: failure, scope: scope) ?? introduction(words, failure: failure, scope: scope)
            ?? leadingInterjection(words, failure: failure) ?? withoutMannerWord(words, failure: failure, scope: scope)
            ?? withoutPurpose(words, scope: scope)
    }

    /// The outcome when it is commands, nil otherwise.
    func commandsOnly(_ outcome: ParseOutcome) -> ParseOutcome? {
        if case .commands = outcome { return outcome }
        return nil
    }
}
