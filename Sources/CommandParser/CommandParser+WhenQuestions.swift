import StoryModel

/// A when-question no command reads (issue #11, the twentieth blind play-test): `when will we
/// go`, `when does the war end` with no topic for its words. Put to the person in
/// conversation (or the only one here), who answers from their topics or their "about anything
/// else"; with nobody to ask, the hint. Never "I don't know the word 'when'".
///
/// Tried only when every reading of the words alone failed: it looks at the scope's memory
/// (docs/performance.md, "Per command, sixth round").
extension CommandParser {
    func whenQuestion(_ words: [String], failed: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, ["when", "whens", "when's"].contains(words[0]), case .failure = failed else { return nil }
        guard let person = personInFocus(scope) else { return .commands([.verb(.hint, objects: [], second: nil, words: [])]) }
        let topic = words.dropFirst().filter { !Self.freeQuestionFiller.contains($0) && !Rephrasings.vagueWords.contains($0) }
        if case .commands(let asked) = parse(words: ["ask", "#\(person)", "about"] + (topic.isEmpty ? ["anything"] : topic),
                                             freeText: false, scope: scope) {
            return .commands(asked)
        }
        if case .commands(let talked) = parse(words: ["talk", "to", "#\(person)"], freeText: false, scope: scope) { return .commands(talked) }
        return nil
    }
}
