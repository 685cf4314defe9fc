import StoryModel

/// `tell whitcomb about strehla and the meadow`, `tell him about the meadow at lorenzkirch and the
/// handshakes`: more words than the story's `on tell {reporter} about strehla` reads. They had
/// reached the person's topic as `ask` answers it ("No, you tell me about Strehla," he says: a
/// blind history student, session 38, who was telling him). The topic the words name is told
/// instead, where the story has an action for telling it; else the topic answers as before.
extension CommandParser {
    func tellingANamedTopic(_ input: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .commands(let commands) = outcome, commands.count == 1,
              case .verb(.ask, let objects, _, let topic) = commands[0], objects.count == 1 else { return nil }
        let person = objects[0]
        guard let named = bestTopic(of: person, in: topic.filter { !Self.statementFiller.contains($0) }),
              let told = self.commands(["tell", "#\(person)", "about"] + named, scope: scope), told.isStoryAction else { return nil }
        return told
    }
}
