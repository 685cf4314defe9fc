import StoryModel

/// Asking the interpreter to ask someone (the eighteenth blind play-test, issue #11):
/// `polowsky ask him where hes from`, `kowalski, ask him what his name is`, `polowsky ask the
/// sergeant his name`. The question is put to the other person (the one `him` means: the person
/// in conversation, else the one other person here; or the person named), as `ask goloborodko
/// where hes from` would put it, since the interpreter is there to carry it across. A story's own
/// `on ask {polowsky} to ask …` keeps the line.
extension CommandParser {
    func interpreterQuestion(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, words.contains("ask") else { return nil }
        var interpreter: ThingIndex?
        var rest: [String] = []
        if words[0] == "ask", words[1].hasPrefix("#"), words[2] == "to", words[3] == "ask" {
            // `kowalski, ask him …`, as the engine passes an order after a comma.
            interpreter = addressee([words[1]], scope: scope)
            rest = Array(words.dropFirst(4))
        } else {
            for length in [2, 1] where words.count > length + 2 && words[length] == "ask" {
                if let person = addressee(Array(words[..<length]), scope: scope) {
                    interpreter = person
                    rest = Array(words.dropFirst(length + 1))
                    break
                }
            }
        }
        guard let interpreter, rest.count >= 2 else { return nil }
        let order = parse(words: ["ask", "#\(interpreter)", "to", "ask"] + rest, freeText: false, scope: scope)
        if order.isStoryAction { return order }
        guard let (other, question) = askedThrough(interpreter, rest, scope: scope), !question.isEmpty else { return nil }
        let who = "#\(other)"
        let content = question.filter { !Vocabulary.articles.contains($0) && !Self.questionFiller.contains($0) }
        return commandsOnly(parse(words: ["ask", who] + question, freeText: false, scope: scope))
            ?? (content.isEmpty ? nil : commandsOnly(parse(words: ["ask", who, "about"] + content, freeText: false, scope: scope)))
            ?? commandsOnly(parse(words: ["talk", "to", who], freeText: false, scope: scope))
    }

    /// The person the interpreter is to ask and the question: `him where hes from` is the person
    /// in conversation (or the one other person here) and `where hes from`; `the sergeant his
    /// name` is the sergeant and `his name`.
    private func askedThrough(_ interpreter: ThingIndex, _ rest: [String], scope: Scope) -> (ThingIndex, [String])? {
        if ["him", "her", "them"].contains(rest[0]) {
            let others = scope.peopleInSight(story).filter { $0 != interpreter }
            if let spoken = personSpokenWith(scope), spoken != interpreter { return (spoken, Array(rest.dropFirst())) }
            if let recent = scope.recentPerson, recent != interpreter, others.contains(recent) { return (recent, Array(rest.dropFirst())) }
            return others.count == 1 ? (others[0], Array(rest.dropFirst())) : nil
        }
        for length in [3, 2, 1] where rest.count > length {
            if let person = addressee(Array(rest[..<length]), scope: scope), person != interpreter {
                return (person, Array(rest.dropFirst(length)))
            }
        }
        return nil
    }
}
