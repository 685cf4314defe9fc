import StoryModel

/// `i want to sleep`, `i go sleep`, `i will take the radio`, `let me read the card`: what the
/// player says they will do, done. The sixty-eighth blind run (a student learning English) typed
/// `i go sleep` after Kotzebue's "Get some sleep" and had "Lieutenant Kotzebue nods as you say
/// so."; `i want to sleep` had the same. Read only after the words failed as a command, and only
/// when the rest is a command the parser understands: `i want to go home` (no way home) stays a
/// sentence said to the person in conversation.
extension CommandParser {
    /// Openings that say what the player is about to do.
    static let intentionOpenings = Openings([
        // The words come with contractions and chat spellings read (`im` is `i am`, `wanna` is `want to`).
        ["i", "want", "to"], ["i", "will"], ["i", "go", "and"], ["i"], ["i", "go"], ["i", "am", "going", "to"],
        ["i", "going", "to"], ["i", "would", "like", "to"], ["id", "like", "to"], ["i", "need", "to"], ["i", "must"],
        ["i", "have", "to"], ["i", "try", "to"], ["i", "try"], ["i", "shall"], ["let", "me"], ["lets"], ["let's"], ["let", "us"],
        // `now i should radio in` (a blind student, session 36: "Try 'look' to see where you are").
        ["i", "should"], ["we", "should"], ["now", "i", "should"], ["now", "we", "should"], ["so", "i", "should"],
        ["we", "will"], ["we"], ["we", "go"], ["we", "want", "to"],
        // Without `to`, as a learner of English writes it (`i want speak with ortiz`, session 34).
        ["i", "want"], ["we", "want"], ["i", "need"],
    ])

    /// Words after an opening that make it no command of the player's.
    private static let notIntended: WordSet = ["you", "u", "he", "she", "they", "it", "that", "this", "not", "dont", "don't"]
    /// Verbs of what one says or thinks (`i see`, `i think so`, `i know`): after a bare `i` or
    /// `we` a sentence, never a command.
    private static let sayingVerbs: WordSet = ["see", "think", "know", "agree", "understand", "like", "love", "hope", "guess",
                                               "mean", "feel", "am", "was", "were", "are", "do", "did", "can", "cant", "can't",
                                               "could", "would", "should", "have", "had", "got", "get", "need", "want", "wish",
                                               "believe", "remember", "forget", "promise", "swear", "wont", "won't", "will",
                                               "told", "said", "say", "tell", "heard", "hear", "saw", "met", "found", "thought",
                                               "knew", "hate", "miss", "bet", "suppose", "wonder", "doubt", "trust", "must", "shall",
                                               "may", "might", "already", "just", "also", "really", "never", "always", "too", "so"]

    /// The command after an opening of `intentionOpenings`, when the parser understands it; nil
    /// otherwise.
    func intention(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard Self.intentionOpenings.first(openingOf: words, where: { words.count > $0.count }) != nil else { return nil }
        // `i go to the bridge` is `go to the bridge` (the subject dropped), `i go sleep` is `sleep`.
        for opening in Self.intentionOpenings.phrases where words.count > opening.count && words.starts(with: opening) {
            // `i should call in right`: without the question tag (CommandParser+TrailingChatWords.swift).
            var rest = Array(words.dropFirst(opening.count))
            while rest.count > 1, let last = rest.last, Self.questionTags.contains(last) { rest.removeLast() }
            // `i go with you` and `i will promise` have readings of their own, before this one.
            guard let first = rest.first, !Self.notIntended.contains(first),
                  opening.count > 1 || !Self.sayingVerbs.contains(first) else { continue }
            switch parse(rest, scope: scope) {
            case .commands(let commands) where !commands.isEmpty: return .commands(commands)
            case .question(let question): return .question(question)
            default: continue
            }
        }
        return nil
    }
}
