import StoryModel

/// Commands and questions that failed as typed but say plainly what the player wants (the
/// fourteenth to seventeenth blind play-tests, issue #11). Tried last, only when no other
/// reading of the words worked:
///
/// - `stop shooting!`, `hold fire`, `cease fire`, `don't shoot`: shouted (the story's `on shout`,
///   else the built-in shout), where the story has no `stop` of its own;
/// - `promise never to forget`, `i swear it too`, `fine i promise`: the story's action for the verb alone (`on
///   promise`), when the words after it name nothing here;
/// - `can i have ur hat`, `could i borrow your rifle`, `can i keep the star`: a thing here that
///   can be taken is taken (or refused: "That belongs to …"); anything else is asked for, of the
///   person in conversation (or the one here; with several, "Whom do you want to ask about hat?");
/// - `were the coordinates wrong?`, `is the bridge safe`: a yes-or-no question naming a topic of
///   one person here is put to that person;
/// - `what colour do we fire` (a question whose first word the story also uses as a verb): the
///   question to the room, as for any other question; `where do we go now` as `where do i go`;
/// - `wave the flag harder`: the command without the comparative at its end;
/// - `whats the plan sir` (tried first): the words without the form of address.
extension CommandParser {
    func looseRequest(_ words: [String], failed: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(let failure) = failed, failure != .notVisible, !words.isEmpty else { return nil }
        return shouted(words, scope: scope) ?? verbAlone(words, failure: failure, scope: scope) ?? askingToHave(words, scope: scope)
            ?? yesNoQuestionToTheRoom(words, scope: scope) ?? whQuestionToTheRoom(words, failure: failure, scope: scope)
            ?? withoutManner(words, failure: failure, scope: scope)
    }

    /// Words that only address whoever is listening: `whats the plan sir`.
    static let addressWords: WordSet = ["sir", "maam", "ma'am", "madam", "mate", "pal", "buddy", "dude", "bro", "friend"]

    /// `whats the plan sir`: the words without the form of address at the end, when the story
    /// does not use the word.
    func withoutAddressWord(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, let last = words.last, Self.addressWords.contains(last), !vocabulary.knows(last) else { return nil }
        return parse(Array(words.dropLast()), scope: scope)
    }

    /// `wave the flag harder`, `shout louder`: the command without the comparative at its end,
    /// when the rest is a command with more than a default reply (`take orders carefully` still
    /// names the word it does not know).
    private func withoutManner(_ words: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        guard case .unknownWord(let unknown, _) = failure, words.count >= 2, words.last == unknown, unknown.count >= 5,
              unknown.hasSuffix("er") else { return nil }
        guard case .commands(let commands) = parse(words: Array(words.dropLast()), freeText: false, scope: scope),
              !commands.allSatisfy(\.isDefaultReply) else { return nil }
        return .commands(commands)
    }

    /// `stop shooting`, `hold fire`, `don't shoot`: what is shouted.
    private func shouted(_ words: [String], scope: Scope) -> ParseOutcome? {
        let pleas: [[String]] = [["stop", "shooting"], ["stop", "firing"], ["stop", "it"], ["hold", "fire"], ["cease", "fire"],
                                 ["hold", "your", "fire"], ["do", "not", "shoot"], ["dont", "shoot"], ["don't", "shoot"]]
        guard !vocabulary.isVerb(words[0]) || words[0] == "do" || words[0] == "hold",
              pleas.contains(where: { words == $0 || (words.starts(with: $0) && words.count <= $0.count + 2) }) else { return nil }
        for shout in [["shout"] + words, ["shout"]] {
            let outcome = parse(words: shout, freeText: false, scope: scope)
            if case .commands = outcome { return outcome }
        }
        return nil
    }

    /// `promise never to forget`: the story's `on promise`, when the rest names nothing here.
    private func verbAlone(_ words: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        // `paddle with hands`: a tool the action cannot take is named, not the action done.
        switch failure {
        case .unknownWord, .understoodOnly, .notUnderstood, .pronounUnset: break
        default: return nil
        }
        let spoken = Array(words.drop { ["i", "we", "ok", "okay", "fine", "and", "so", "well"].contains($0) })
        // `fine i promise`: the verb alone after a word that says how.
        guard spoken.count >= 2 || (spoken.count == 1 && words.count > 1), vocabulary.isVerb(spoken[0]),
              !["with", "at", "on", "in", "into", "from", "using"].contains(spoken.dropFirst().first ?? ""),
              spoken.dropFirst().allSatisfy({ vocabulary.things(answering: $0) == nil || Vocabulary.pronouns.contains($0) }) else { return nil }
        let alone = parse(words: [spoken[0]], freeText: false, scope: scope)
        return alone.isStoryAction ? alone : nil
    }

    /// `can i have ur hat`: take it, or ask for it.
    private func askingToHave(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, ["can", "could", "may"].contains(words[0]), ["i", "we"].contains(words[1]),
              ["have", "get", "borrow", "keep", "take"].contains(words[2]) else { return nil }
        let owners: Set<String> = ["your", "ur", "yours", "his", "her", "their", "the", "a", "an", "some", "one", "of"]
        let wanted = words.dropFirst(3).filter { !owners.contains($0) }
        guard !wanted.isEmpty else { return nil }
        if case .commands(let commands) = parse(words: ["take"] + wanted, freeText: false, scope: scope),
           !commands.allSatisfy(\.isDefaultReply) {
            return .commands(commands)
        }
        let people = scope.peopleInSight(story)
        guard !people.isEmpty else { return nil }
        let asked = personInFocus(scope).map { ["ask", "#\($0)", "about"] } ?? ["ask", "about"]
        let outcome = parse(words: asked + wanted, freeText: false, scope: scope)
        if case .failure = outcome { return nil }
        return outcome
    }

    /// `were the coordinates wrong?`: the one person here with a topic for the words.
    private func yesNoQuestionToTheRoom(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, Self.yesNoOpenings.union(["do", "can", "could", "will", "would", "should"]).contains(words[0]) else { return nil }
        let content = words.dropFirst().filter { !Self.statementFiller.contains($0) && !Self.questionFiller.contains($0) }
        guard !content.isEmpty else { return nil }
        var answering: [(ThingIndex, [String])] = []
        for person in scope.peopleInSight(story) {
            var best: [String]?
            for topic in story.things[person].topics {
                for phrase in topic.phrases where phrase != ["anything"] && phrase != ["anything", "else"] {
                    if TopicMatch.matches(phrase, Array(content)), phrase.count > best?.count ?? 0 { best = phrase }
                }
            }
            if let best { answering.append((person, best)) }
        }
        guard let (person, phrase) = answering.count == 1 ? answering[0] : answering.first(where: { $0.0 == personInFocus(scope) })
        else { return nil }
        let outcome = parse(words: ["ask", "#\(person)", "about"] + phrase, freeText: false, scope: scope)
        if case .commands = outcome { return outcome }
        return nil
    }

    /// `what colour do we fire` failed as "I understood 'what' …": the question to the room.
    private func whQuestionToTheRoom(_ words: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        guard Self.whWords.contains(words[0]) else { return nil }
        // `where do we go now`, `what do we have`: as `where do i go`, `what do i have`.
        let asOne = words.map { $0 == "we" ? "i" : $0 == "us" ? "me" : $0 }
        if asOne != words, let command = Self.commandForQuestion(asOne), case .commands(let commands) = parse(words: command, freeText: false, scope: scope) {
            return .commands(commands)
        }
        switch failure {
        case .understoodOnly, .notUnderstood: return questionToTheRoom(words, scope: scope)
        default: return nil
        }
    }
}
