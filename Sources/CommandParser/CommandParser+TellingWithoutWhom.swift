import StoryModel

/// `tell about the russians` with no person named (the sixty-seventh blind run, an Inform player:
/// "I understood 'tell' but not 'about russians'", where `ask about` asks whom): told to the person
/// in conversation, or the only one here; else "Whom do you want to tell about the russians?", as
/// `ask about` asks. Read only after a failure.
extension CommandParser {
    public func tellingWithoutWhom(_ words: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words[0] == "tell", words[1] == "about" else { return nil }
        let topic = Array(words.dropFirst(2))
        if let person = personInFocus(scope), case .commands(let commands) = parse(["tell", "#\(person)", "about"] + topic, scope: scope) {
            return .commands(commands)
        }
        return commandsOnly(parse(["ask", "about"] + topic, scope: scope))
    }
}
