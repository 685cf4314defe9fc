import StoryModel

/// A sentence said to the person in conversation for which the story has an action of its own
/// reaches that action before the parser's built-in readings (the sixteenth and seventeenth blind
/// play-tests, issue #11). `i can't tell you anything`, `i cannot tell you` said to the reporter
/// had been read as a question to him (`can not tell you anything` → "ask him about anything"),
/// so the story's `on refuse` (`no comment`) was never reached; now the sentence is tried as said
/// to him first (`statement`, CommandParser+Statements.swift): a refusal to speak reaches the
/// story's `on refuse`, a topic of his the story's `on tell {reporter} about strehla`.
///
/// Only for words that open a sentence (`i`, `we`, `sorry`, `no`, `well`) and go on with no verb
/// (`i take the radio`, `we go east` stay commands); only when the words as typed are no story
/// action themselves; and never for the story's catch-all `on say to {x}`, which answers only
/// what nothing else reads.
extension CommandParser {
    /// Words that open a sentence said to someone.
    static let sentenceSubjects: WordSet = ["i", "we", "sorry", "no", "nope", "nah", "well", "but", "so", "oh",
                                                        "look", "listen"]
    /// Words between the subject and the rest that are no verb of a command.
    private static let sentenceGlue: WordSet = ["am", "are", "really", "just", "so", "very", "truly", "honestly",
                                                    "can", "could", "will", "would", "must", "should", "may", "might", "do",
                                                    "did", "have", "not", "never", "was", "were", "shall"]

    func storyReadingOfSentence(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.sentenceSubjects.contains(words[0]) else { return nil }
        let rest = words.drop { Self.sentenceSubjects.contains($0) }
        // `i take the radio`: a command after its subject. `i can not tell you`: no verb first.
        guard let first = rest.first, Self.sentenceGlue.contains(first) || !vocabulary.isVerb(first) else { return nil }
        guard let person = personInFocus(scope) else { return nil }
        // `no comment`, `i promise`: the story reads the words as typed.
        if parse(words: words, freeText: false, scope: scope).isStoryAction { return nil }
        if parse(words: Array(rest), freeText: false, scope: scope).isStoryAction { return nil }
        guard let spoken = statement(words, failure: .question, scope: scope), spoken.isStoryAction else { return nil }
        // The story's `on say to {x}` answers what nothing else reads: not before the parser's readings.
        let catchAll = parse(words: ["say", "to", "#\(person)"], freeText: false, scope: scope)
        if case .commands(let said) = spoken, case .commands(let all) = catchAll, said == all { return nil }
        return spoken
    }
}
