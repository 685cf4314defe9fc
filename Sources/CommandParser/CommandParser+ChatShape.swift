import StoryModel

/// Sentences shaped as chat, not commands (the thirtieth to thirty-second blind runs, issue #11):
/// after filler words (`ok so`, `well`), they open with a pronoun or its contraction (`its not
/// far`, `u seem sad`, `so we have to go back`) or a question word (`what did they do`, `ok so
/// what if i dont go`, `why do u want to know`). Such an opening is never read as a command
/// verb, even where the story has an action that starts with the word (`on its a russian`, `on
/// what year is it` had made `its` and `what` verbs, so those sentences failed and others did
/// not); the sentence is said to the person in conversation (CommandParser+Statements.swift),
/// and a question with a pronoun and none of that person's topics is put to them
/// (`chatQuestion`), never "I didn't understand that sentence".
///
/// `which one do i fire again`, `what do we fire`, which the story's own actions do not read, ask
/// what to do: the hint, never "Whom do you want to ask about one fire again?" (`whatToDo`).
extension CommandParser {
    /// Words before the opening of a sentence that say nothing themselves.
    static let chatFillers: WordSet = ["ok", "okay", "so", "well", "and", "but", "oh", "alright", "wait", "hmm", "um"]
    /// Pronouns and their contractions with `is`/`are`, as typed or as chat spelling reads them.
    static let chatPronouns: WordSet = ["i", "im", "i'm", "we", "you", "u", "he", "she", "it", "its", "it's", "they",
                                            "that", "thats", "that's", "this", "there", "theres", "there's", "youre",
                                            "you're", "we're", "they're", "theyre", "he's", "she's", "hes", "shes", "i've",
                                            "ive", "we've", "i'll", "we'll", "me", "us", "them", "him", "her"]
    /// Pronouns of people (not `this`, `it`: `what is this` asks about a thing).
    static let personalPronouns: WordSet = ["i", "we", "you", "u", "he", "she", "they", "me", "us", "them", "him", "her"]
    /// Words that open a question for a person.
    static let chatQuestionWords: WordSet = ["what", "whats", "what's", "why", "how", "who", "whos", "where", "wheres",
                                                 "when", "which", "did", "do", "does", "is", "are", "was", "were"]

    /// The first word of the sentence after its filler words (`ok so what if` → `what`).
    static func chatOpening(_ words: [String]) -> String? {
        words.first { !chatFillers.contains($0) }
    }

    /// True when the sentence opens, after filler, with a pronoun or a question word: the shape of
    /// chat, whatever verbs the story makes of those words.
    public static func opensAsChat(_ words: [String]) -> Bool {
        guard let opening = chatOpening(words), opening != words.last else { return false }
        return chatPronouns.contains(opening) || chatQuestionWords.contains(opening)
    }

    /// `what did they do`, `ok so what if i dont go`, failed as a command and named no topic, with a
    /// pronoun of a person among its words:
    /// asked of the person in conversation (or the only person here), whose topic for the words
    /// or reply to anything else answers. Nil for other words, or with nobody to ask.
    public func chatQuestion(_ input: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        guard Self.canBeStatement(failure), input.count >= 3 else { return nil }
        let words = withoutChatSpelling(input) ?? input
        let rest = Array(words.drop(while: Self.chatFillers.contains))
        guard rest.count >= 3, Self.chatQuestionWords.contains(rest[0]),
              rest.dropFirst().contains(where: Self.personalPronouns.contains),
              let person = personInFocus(scope) else { return nil }
        let content = rest.filter { !Self.freeQuestionFiller.contains($0) && !Self.statementFiller.contains($0) }
        let asked = parse(words: ["ask", "#\(person)", "about"] + (content.isEmpty ? ["anything"] : content), freeText: false, scope: scope)
        if case .commands = asked { return asked }
        return nil
    }

    /// `which one do i fire again`, `what do we fire now`: a question of what or which the player
    /// should do (`do`, `should`, `can`, `must` then `i` or `we`, then a verb) is the hint; nil
    /// for other words.
    func whatToDo(_ input: [String], scope: Scope) -> ParseOutcome? {
        let words = withoutChatSpelling(input) ?? input
        let rest = Array(words.drop(while: Self.chatFillers.contains))
        guard rest.count >= 4, ["what", "which", "whats"].contains(rest[0]),
              let at = rest.indices.dropLast().first(where: {
                  ["do", "should", "can", "must", "shall", "could"].contains(rest[$0]) && ["i", "we"].contains(rest[$0 + 1])
              }),
              at + 2 < rest.count, vocabulary.isVerb(rest[at + 2]) else { return nil }
        let hint = parse(words: ["hint"], freeText: false, scope: scope)
        if case .commands = hint { return hint }
        return nil
    }
}
