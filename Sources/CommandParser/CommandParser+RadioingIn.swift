import StoryModel

/// `radio in`, `radio the captain`, `call in` (the twenty-sixth and twenty-seventh blind runs: "I
/// understood 'radio' but not 'captain'"): when the words fail, the story's own action for the
/// radio (`radio in`, `use radio`), whatever it does; never the built-in `use`.
extension CommandParser {
    func radioingIn(_ words: [String], scope: Scope) -> ParseOutcome? {
        // Only a short line: `radio headquarters and tell them where we are` is two commands.
        guard words.count >= 2, words.count <= 3, words[0] == "radio" || words == ["call", "in"], !words.contains("and") else { return nil }
        for reading in [["radio", "in"], ["use", "radio"]] where reading != words {
            if case .commands(let commands) = read(reading, freeText: false, scope: scope), commands.contains(where: \.isAuthorAction) {
                return .commands(commands)
            }
        }
        return nil
    }
}
