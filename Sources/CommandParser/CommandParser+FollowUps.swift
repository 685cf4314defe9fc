import StoryModel

/// A short follow-up question that names nothing new (the twentieth and twenty-first blind
/// play-tests, issue #11): `why not?` after Brennan's warning, `what do you mean`, `what does
/// it say about us?`, `were you there?`, `where exactly?`. Tried last, when no other reading of the words worked.
///
/// With someone in conversation (or the only person here, or the person last named who is still
/// here), a question that asks why, or what was meant or said, and names no topic, is put to them
/// (`ask PERSON about …`): their topic for the words, else their reply to anything else.
extension CommandParser {
    /// Words of a follow-up that name no topic, besides the question's filler.
    private static let followUpFiller: WordSet = ["say", "says", "said", "mean", "means", "meant", "it", "that", "so", "not",
                                                      "sure", "exactly", "again", "then"]

    /// `why not`, `what do you mean`, `what does it say about us`: see above; nil for anything else.
    func followUpQuestion(_ words: [String], failed: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(let failure) = failed, failure != .notVisible, let first = words.first, words.count <= 7,
              Self.statementQuestionStarts.contains(first) else { return nil }
        let content = words.filter {
            !Self.freeQuestionFiller.contains($0) && !Self.statementFiller.contains($0) && !Self.followUpFiller.contains($0)
        }
        // `what is this` asks about a thing; a follow-up asks why, or what was meant or said.
        // `where`, `where exactly?` after "The Russians? At the Elbe, near Strehla." (the
        // twenty-sixth blind run: "You where, but nothing comes of it here.").
        let asksWhere = ["where", "wheres", "where's"].contains(first)
        guard content.isEmpty, first == "why" || asksWhere || words.contains(where: ["mean", "meant", "say", "says", "said", "sure"].contains)
        else { return nil }
        let recent = scope.recentPerson.flatMap { story.things[$0].isPerson && scope.isInSight($0) ? $0 : nil }
        guard let person = personInFocus(scope) ?? recent else { return asksWhere ? .failure(.incomplete("where")) : nil }
        if case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + words, freeText: false, scope: scope) {
            return .commands(commands)
        }
        return nil
    }
}
