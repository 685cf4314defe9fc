import StoryModel

/// A what-question that names nothing and no topic of anyone here (issue #11, the twentieth
/// blind play-test): `whats going on`, `whats in the briefing` with several people here and
/// nobody in conversation. Never "Whom do you want to ask about going on?" or "… about in
/// briefing?" (topics the player did not mean): the person whose topic it is (found before
/// this), else the one most recently spoken to or named, when still here, else the hint.
///
/// Read only after every check on the words alone: it looks at the scope's memory
/// (docs/performance.md, "Per command, sixth round").
extension CommandParser {
    /// Words that say where, before what a question is about: `whats in the briefing`.
    static let placeWordsOfQuestion: WordSet = ["in", "inside", "on", "at", "behind", "under", "with"]

    /// The subject of `what is X` when it names no topic by itself (`going on`, `in briefing`):
    /// the words that remain (`briefing`, or none); nil for a subject to recall (`whats a
    /// political officer`).
    static func vagueSubject(_ subject: [String]) -> [String]? {
        if subject.allSatisfy(Rephrasings.vagueWords.contains) { return [] }
        guard let first = subject.first, placeWordsOfQuestion.contains(first) else { return nil }
        return subject.dropFirst().filter { !Rephrasings.vagueWords.contains($0) }
    }

    /// The person the question goes to: the one most recently named, or of the group just met.
    func lastPersonNamed(_ scope: Scope) -> ThingIndex? {
        if let recent = scope.recentPerson, story.things[recent].isPerson, scope.isInSight(recent) { return recent }
        return scope.recentGroup.first { story.things[$0].isPerson && scope.isInSight($0) }
    }

    /// `ask PERSON about TOPIC` to the last person named, else `hint`.
    func unaddressedQuestion(topic: [String], scope: Scope) -> ParseOutcome {
        if let person = lastPersonNamed(scope),
           case .commands(let asked) = parse(words: ["ask", "#\(person)", "about"] + (topic.isEmpty ? ["anything"] : topic),
                                             freeText: false, scope: scope) {
            return .commands(asked)
        }
        return .commands([.verb(.hint, objects: [], second: nil, words: [])])
    }
}
