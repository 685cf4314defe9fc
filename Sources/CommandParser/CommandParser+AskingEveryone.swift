import StoryModel

/// `ask everyone about the russians`, `ask all of you about the bridge`, `ask them all about it`
/// (issue #11, session 12): the person in conversation when it is their topic, else the first
/// person here by name whose topic it is, else a crowd's; with nobody's topic, `ask about the russians` (the person in conversation, or "Whom do
/// you want to ask …?").
extension CommandParser {
    /// The words that mean everybody here, after `ask`.
    private static let everyoneWords: [[String]] = [["everyone"], ["everybody"], ["all", "of", "you"], ["you", "all"], ["yall"],
                                                    ["all"], ["them", "all"], ["the", "group"], ["everyone", "here"], ["all", "of", "them"]]

    /// What `ask everyone about X` means, nil for other words.
    func askingEveryone(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, words[0] == "ask", let about = words.firstIndex(of: "about"), about >= 2, about < words.count - 1,
              Self.everyoneWords.contains(Array(words[1..<about])) else { return nil }
        let topic = words[(about + 1)...].filter { !Vocabulary.articles.contains($0) }
        guard !topic.isEmpty else { return nil }
        // People by name first: a crowd's answer is for when nobody has one of their own.
        let answering = scope.peopleInSight(story).filter { !scope.isCarried($0) && hasTopic($0, for: topic) }
        var people = answering.filter { story.things[$0].isProperName } + answering.filter { !story.things[$0].isProperName }
        if let focus = personInFocus(scope), let at = people.firstIndex(of: focus) { people.insert(people.remove(at: at), at: 0) }
        if let person = people.first,
           case .commands(let asked) = parse(words: ["ask", "#\(person)", "about"] + topic, freeText: false, scope: scope) {
            return .commands(asked)
        }
        return parse(["ask", "about"] + topic, scope: scope)
    }
}
