import StoryModel

/// `who is that guy`, `who is that`, `who is the man in the door`, `who is he`: the person looked
/// at (their description says who they are), and with several people here "Which do you mean…?".
/// The sixty-sixth blind run's `who is that guy` in the mill office had Kotzebue's answer about
/// who comes along to Kühren, and `who is that` "You don't need to do anything with 'is'".
/// Names (`who is kotzebue`, `who is eisenhower`) keep their own readings.
extension CommandParser {
    private static let whoStarts: WordSet = ["who", "whos", "who's"]
    private static let pointingWords: WordSet = ["that", "this"]

    /// `examine …` for the question; nil for other words, with nobody here, or when the story's
    /// own action reads the question.
    func whoIsThat(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, words.count <= 9, let first = words.first, Self.whoStarts.contains(first) else { return nil }
        var subject = words.dropFirst().filter { !Self.droppedArticles.contains($0) && $0 != "?" }[...]
        if first == "who" {
            guard let verb = subject.first, ["is", "s", "was", "are"].contains(verb) else { return nil }
            subject = subject.dropFirst()
        }
        // `who is over there`, `whos there`: the far bank or the door, not someone here looked at.
        guard !subject.contains("there"), !subject.contains("here") else { return nil }
        let pointing = subject.first.map(Self.pointingWords.contains) ?? false
        if pointing { subject = subject.drop(while: Self.pointingWords.contains) }
        let named: [String]
        if subject.isEmpty {
            // `who is that`, `who is this`: someone here, never a thing.
            guard pointing else { return nil }
            named = ["guy"]
        } else if subject.count == 1, let only = subject.first, ["he", "she", "him", "her"].contains(only) {
            named = [only == "he" ? "him" : only == "she" ? "her" : only]
        } else if subject.contains(where: Self.wordsForAnyone.contains) {
            named = Array(subject)
        } else {
            return nil
        }
        guard !scope.peopleInSight(story).isEmpty else { return nil }
        // `who is this man` where a thing here is called `man` too (the sixty-eighth blind run had
        // the bridge's story): a pointing question about a word for anyone is someone here.
        let anyone = pointing && subject.allSatisfy(Self.wordsForAnyone.contains)
        guard let outcome = examinesPerson(named, scope: scope) ?? (anyone ? examinesPerson(["guy"], scope: scope) : nil) else { return nil }
        if case .commands(let own) = parse(words: words, freeText: false, scope: scope), own.contains(where: \.isAuthorAction) { return nil }
        return outcome
    }

    /// `examine WORDS` when it looks at one person or asks which of several; nil otherwise.
    private func examinesPerson(_ named: [String], scope: Scope) -> ParseOutcome? {
        let outcome = parse(words: ["examine"] + named, freeText: false, scope: scope)
        switch outcome {
        case .commands(let commands):
            guard commands.count == 1, case .verb(.examine, let objects, _, _) = commands[0],
                  objects.allSatisfy({ story.things[$0].isPerson }) else { return nil }
        case .question: break
        default: return nil
        }
        return outcome
    }
}
