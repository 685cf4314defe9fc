import StoryModel

/// `why did the polish worker shout amerikanski?`, `how does titov know the way`: a why or how
/// question whose words name one person here asks that person about the rest (the twenty-seventh
/// blind run: "Whom do you want to ask about polish worker shout amerikanski?"). Tried only for
/// a question that would otherwise ask whom to ask.
extension CommandParser {
    func askingThePersonNamed(_ words: [String], scope: Scope) -> ParseOutcome? {
        let words = words.filter { !Vocabulary.articles.contains($0) }
        guard words.count >= 4, ["why", "how", "whys", "hows"].contains(words[0]) else { return nil }
        for length in [3, 2, 1] {
            for start in words.indices.dropFirst() where start + length <= words.count {
                let run = Array(words[start..<(start + length)])
                guard !run.contains(where: { Vocabulary.pronouns.contains($0) || NounResolver.personWords.contains($0) && run.count == 1 }),
                      run.allSatisfy({ vocabulary.things(answering: $0) != nil }),
                      let person = addressee(run, scope: scope) else { continue }
                let topic = Rephrasings.topic(Array(words[(start + length)...])).filter { !Self.freeQuestionFiller.contains($0) }
                let outcome = parse(words: ["ask", "#\(person)", "about"] + (topic.isEmpty ? ["anything"] : topic), freeText: false, scope: scope)
                if case .commands = outcome { return outcome }
                // A person with nothing to say about it: what they say to anything.
                let talk = parse(words: ["talk", "to", "#\(person)"], freeText: false, scope: scope)
                if case .commands = talk { return talk }
                return nil
            }
        }
        return nil
    }
}

extension ParseOutcome {
    /// True when the outcome asks whom to ask: a question for the person, or `ask` with nobody.
    var asksWhomToAsk: Bool {
        switch self {
        case .question(let asked):
            if case .missingNoun(.ask, nil) = asked.kind { return true }
            return false
        case .commands(let commands):
            return !commands.isEmpty && commands.allSatisfy { command in
                if case .verb(.ask, let objects, _, _) = command { return objects.isEmpty }
                return false
            }
        case .failure:
            return false
        }
    }
}
