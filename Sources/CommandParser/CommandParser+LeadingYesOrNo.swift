import StoryModel

/// `yes i want to call`, `nope not now`: words the parser cannot read after a yes or a no are
/// that yes or no (CommandParser+Statements.swift says them to a person in conversation first).
extension CommandParser {
    /// First words that are `yes` as students type it: `ya i want to follow orders`, `yeh`.
    static let typedYes: WordSet = ["ya", "yah", "yeh", "yas", "yess", "yesss", "yeahh", "yeahhh", "yass"]

    /// `yes i want to call`, `yeah sure go on`, `nope not now`: `yes` or `no`, when the words
    /// after it do not read as a command. Nil for other words.
    public func leadingYesOrNo(_ input: [String], scope: Scope) -> ParseOutcome? {
        let words = withoutChatSpelling(input) ?? input
        guard words.count >= 2, words.count <= 12 else { return nil }
        let yes: Set<String> = ["yes", "yeah", "yep", "yup", "yea", "sure", "definitely", "absolutely"]
        let no: Set<String> = ["no", "nope", "nah"]
        let answer: String
        if yes.contains(words[0]) || words.starts(with: ["of", "course"]) { answer = "yes" }
        else if no.contains(words[0]) { answer = "no" }
        else { return nil }
        let outcome = parse(words: [answer], freeText: false, scope: scope)
        if case .commands = outcome { return outcome }
        return nil
    }
}
