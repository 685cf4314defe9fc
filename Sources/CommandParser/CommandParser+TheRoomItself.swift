import StoryModel

/// `search pharmacy` inside the pharmacy, `examine the command post` in it: the place itself is
/// no thing to find, so the words are looking around here (the thirtieth blind run: "You can't see
/// any pharmacy here" while standing in The Pharmacy). Tried only when the words failed.
extension CommandParser {
    /// `look` when the words are a verb of looking and the words of the current scene's title; nil
    /// otherwise.
    func lookingAtTheRoom(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, ["search", "examine", "x", "look", "check", "explore", "inspect"].contains(words[0]) else { return nil }
        let named = words.dropFirst().filter { !["at", "in", "around", "inside", "the", "a", "an", "this", "here"].contains($0) }
        guard !named.isEmpty else { return nil }
        let title = Set(story.scenes[scope.scene].title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        guard named.allSatisfy(title.contains) else { return nil }
        let look = parse(words: ["look"], freeText: false, scope: scope)
        if case .commands = look { return look }
        return nil
    }
}
