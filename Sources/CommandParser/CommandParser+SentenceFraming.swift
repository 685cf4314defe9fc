import StoryModel

/// Words around a command that are not the command, read before the words as a command:
///
/// - an exclamation first (`omg a russian`, `lol it looks bad`, `wait so its fake??`): dropped,
///   and the rest read as a command, a question or a sentence to the person in conversation;
///   else the whole is a reaction ("You take it all in."). `wait` followed by a duration or
///   `for` stays the command;
/// - a person's name first (CommandParser+NamedFirst.swift);
/// - a request with a rank last (`can i have a cigarette sergeant`): asking that person;
/// - `hi whats ur name`: the question put to the person in conversation;
/// - `wave back`, `give him the card as a souvenir`, `kowalski yell something in russian`:
///   the words that add nothing dropped.
extension CommandParser {
    /// Words that open a sentence only to show surprise or amusement.
    static let exclamations: WordSet = ["omg", "lol", "wow", "oh", "ah", "whoa", "woah", "wait", "lmao", "haha", "omfg",
                                            "hmm", "um", "uh", "huh", "ooh", "oops", "jeez", "gosh", "yikes"]
    /// Words of laughing: `lol grandma` is a laugh.
    static let laughs: WordSet = ["lol", "haha", "hahaha", "lmao", "rofl", "heh", "hehe"]
    /// Words after `wait` that make it the command: `wait 2`, `wait for ortiz`, `wait a minute`.
    static let waitingWords: WordSet = ["for", "a", "an", "until", "till", "here", "there", "minute", "minutes", "moment",
                                            "hour", "hours", "turn", "turns", "longer", "awhile", "while", "around", "outside",
                                            "inside", "by", "with", "on", "at", "in"]
    /// Words that greet: `brennan hi`, `major craig hello`.
    static let namedGreetings: [[String]] = [["how", "is", "it", "going"], ["hows", "it", "going"], ["how", "are", "you"],
                                             ["whats", "up"], ["what's", "up"], ["sup"], ["good", "morning"], ["good", "evening"],
                                             ["good", "afternoon"], ["morning"], ["hallo"], ["heya"]]
    /// Phrases at the end of a gift that add nothing: `give him the card as a souvenir`.
    static let giftPurposes: [[String]] = [["as", "a", "souvenir"], ["as", "a", "gift"], ["as", "a", "present"], ["for", "luck"],
                                           ["as", "a", "keepsake"], ["as", "a", "memento"], ["as", "a", "thank", "you"],
                                           ["as", "souvenir"], ["as", "gift"], ["as", "present"], ["for", "good", "luck"],
                                           ["to", "keep"], ["as", "a", "token"]]

    /// The words' meaning as one of the sentences above, nil when they are none of them or the
    /// story's own action reads the words as typed.
    func framedSentenceReading(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, words.count <= 14 else { return nil }
        let trimmed = withoutEmptyWords(words)
        guard let reading = trimmed.map({ parse($0, scope: scope) }) ?? afterExclamation(words, scope: scope)
            ?? namedFirst(words, scope: scope) ?? rankLast(words, scope: scope) ?? greetedInFocus(words, scope: scope) else { return nil }
        // The story's own actions for the words as typed keep them.
        if case .commands(let commands) = parse(words: words.filter { !Vocabulary.articles.contains($0) }, freeText: false, scope: scope),
           commands.contains(where: \.isAuthorAction) {
            return nil
        }
        return reading
    }

    /// The verbs of `yell something in russian` (a set made once, not for every command).
    private static let verbsBeforeSomething: WordSet = ["yell", "shout", "say", "call", "sing", "whisper", "scream", "holler"]

    /// `wave back`, `give him my card as a souvenir`, `yell something in russian`: the words
    /// without what adds nothing, nil when there is nothing to drop.
    private func withoutEmptyWords(_ words: [String]) -> [String]? {
        var words = words
        var changed = false
        if words.first.isWord("wave"), let back = words.firstIndex(of: "back") {
            words.remove(at: back)
            changed = true
        }
        if let first = words.first, Self.giftVerbs.contains(first),
           let purpose = Self.giftPurposes.first(where: { words.count > $0.count + 2 && words.suffix($0.count).elementsEqual($0) }) {
            words.removeLast(purpose.count)
            changed = true
        }
        if let at = words.firstIndex(where: { $0.isWord("something") }), at >= 1, at <= 2, Self.verbsBeforeSomething.contains(words[at - 1]), words.count > at + 1 {
            words.remove(at: at)
            changed = true
        }
        return changed ? words : nil
    }

    /// `omg a russian`, `wait so its fake`: the rest read, else a reaction.
    private func afterExclamation(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard Self.exclamations.contains(words[0]) else { return nil }
        if words[0] == "wait", Self.waitingWords.contains(words[1]) || Int(words[1]) != nil { return nil }
        let fillers: Set<String> = ["so", "and", "but", "then", "well", "like", "my", "god", "no"]
        let rest = Array(words.drop { Self.exclamations.contains($0) || fillers.contains($0) })
        // `lol ok`, `haha nice`: interjections only (CommandParser+Interjections.swift).
        if rest.allSatisfy({ Self.interjections.contains($0) || ["ok", "okay", "very", "really"].contains($0) }) { return nil }
        guard !rest.isEmpty else { return .failure(.interjection(words[0] == "lol" || words[0] == "haha" ? "lol" : "wow")) }
        let outcome = parse(rest, scope: scope)
        // `wait is this fake`: the question, not waiting nor a reaction.
        if words[0] == "wait", Self.freeQuestionStarts.contains(rest[0]) || Self.statementQuestionStarts.contains(rest[0]) {
            return outcome
        }
        switch outcome {
        case .commands, .question: return outcome
        case .failure(.interjection): return outcome
        case .failure(let failure):
            if let said = statement(rest, failure: failure, scope: scope, reaction: true) { return said }
            return .failure(.interjection(["lol", "haha", "lmao"].contains(words[0]) ? "lol" : "wow"))
        }
    }

    /// `can i have a cigarette sergeant`: asking the person named last for it.
    private func rankLast(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, ["can", "could", "may"].contains(words[0]), ["i", "we"].contains(words[1]),
              !words.contains(where: { ["you", "your"].contains($0) }) else { return nil }
        for length in [2, 1] where words.count > length + 3 {
            guard let person = addressee(Array(words.suffix(length)), scope: scope) else { continue }
            let rest = Array(words.dropLast(length))
            let who = "#\(person)"
            if ["have", "get", "borrow", "take"].contains(rest[2]), rest.count > 3,
               case .commands(let commands) = parse(words: ["ask", who, "for"] + rest.dropFirst(3), freeText: false, scope: scope) {
                return .commands(commands)
            }
            if let asked = questionPut(to: person, rest, scope: scope) { return asked }
            let content = rest.filter { !Self.statementFiller.contains($0) }
            if !content.isEmpty, case .commands(let commands) = parse(words: ["ask", who, "about"] + content, freeText: false, scope: scope) {
                return .commands(commands)
            }
        }
        return nil
    }

    /// `hi whats ur name`: the question put to the person in conversation, or with nobody in
    /// conversation read as the question alone would be (the twenty-fourth blind run: "I don't
    /// know the word 'whats'" where `whats ur name` alone is answered).
    private func greetedInFocus(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard Self.greetingWords.contains(words[0]), words.count >= 3 else { return nil }
        let rest = Array(words.dropFirst())
        guard Self.freeQuestionStarts.contains(rest[0]) || Self.statementQuestionStarts.contains(rest[0]) else { return nil }
        if addressee(Array(rest.prefix(1)), scope: scope) != nil { return nil }
        if case .commands(let commands) = parse(rest, scope: scope) { return .commands(commands) }
        return nil
    }
}
