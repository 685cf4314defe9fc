import StoryModel

/// `use helmet to bail boat`: `bail boat with helmet` (`use X to VERB`: `VERB with X`).
extension CommandParser {
    /// `use helmet to bail boat` → `bail boat with helmet` (else `bail boat`); `use rifle to
    /// paddle` → `paddle with rifle` (else `paddle`), when the story or the grammar knows the verb.
    func usingToDo(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, words[0] == "use", let to = words.firstIndex(of: "to"), to >= 2, to + 1 < words.count else { return nil }
        let tool = Array(words[1..<to])
        let verb = words[to + 1]
        let object = Array(words[(to + 2)...])
        guard vocabulary.isVerb(verb), verb != "use" else { return nil }
        let tries = [[verb] + object + ["with"] + tool, [verb] + object]
        for attempt in tries where attempt.count > 0 {
            if case .commands(let commands) = parse(words: attempt, freeText: false, scope: scope),
               !commands.allSatisfy(\.isDefaultReply) || attempt == tries.last {
                return .commands(commands)
            }
        }
        return nil
    }
}
