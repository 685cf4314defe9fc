import StoryModel

/// Questions a person's topic answers, put to the right person:
///
/// - `what year is it`, `whats the date`: a topic for it, else the scene's date line;
/// - `whats belousovitch doing`, `what is he doing`, `what does the guide do`: that person or
///   thing described (or their topic `about doing, job, work`), never another person's answer;
/// - `ask about the spirit of the elbe` with several people here: the one in conversation when
///   the topic is theirs, else the only person here whose topic it is;
/// - `where is silesia` where nothing of the story is called that: the topic of the person in
///   conversation (or of the only person here with it), not "You haven't seen any silesia.";
/// - `are you ok` (CommandParser+Wellbeing.swift).
extension CommandParser {
    /// What the words mean as one of the questions above, nil when they are none of them or the
    /// story's own action reads the words as typed.
    func topicQuestionReading(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, words.count <= 10 else { return nil }
        let reading = wellbeingQuestion(words, scope: scope) ?? dateQuestion(words, scope: scope) ?? whatSomeoneIsDoing(words, scope: scope)
            ?? askingAboutWithoutPerson(words, scope: scope) ?? whereIsTopic(words, scope: scope)
            // `ask everyone about the russians` (CommandParser+AskingEveryone.swift).
            ?? askingEveryone(words, scope: scope)
        guard let reading else { return nil }
        // The story's `on where is silesia` keeps its words.
        if case .commands(let commands) = parse(words: words.filter { !Vocabulary.articles.contains($0) }, freeText: false, scope: scope),
           commands.contains(where: \.isAuthorAction) {
            return nil
        }
        return reading
    }

    // MARK: What year is it?

    /// The first words of `dateQuestions`.
    static let dateQuestionFirstWords = WordSet(Set(dateQuestions.compactMap(\.first)))

    static let dateQuestions: Set<[String]> = [
        ["what", "year", "is", "it"], ["what", "day", "is", "it"], ["what", "date", "is", "it"], ["what", "is", "the", "date"],
        ["whats", "the", "date"], ["what", "is", "date"], ["whats", "date"], ["what", "time", "is", "it"], ["what", "month", "is", "it"],
        ["which", "year", "is", "it"], ["what", "is", "the", "year"], ["whats", "the", "year"], ["what", "year", "are", "we", "in"],
        ["what", "day", "is", "today"], ["what", "is", "todays", "date"], ["whats", "todays", "date"], ["what", "is", "the", "time"],
        ["whats", "the", "time"], ["when", "is", "it"], ["what", "year"], ["what", "day"], ["what", "date"],
    ]

    /// `what year is it`, `whats the date`: a topic of the person in conversation (or of the only
    /// person here with it) for the year, date, day or time, else the scene's date line (`date`).
    private func dateQuestion(_ words: [String], scope: Scope) -> ParseOutcome? {
        // The first word before the whole words are hashed: most commands start with no question word.
        guard let first = words.first, Self.dateQuestionFirstWords.contains(first), Self.dateQuestions.contains(words) else { return nil }
        let asked = words.filter { ["year", "date", "day", "time", "month", "today", "todays"].contains($0) }
        return askingWhoseTopic(asked, scope: scope) ?? .commands([.verb(.date, objects: [], second: nil, words: [])])
    }

    // MARK: What is X doing?

    /// `whats belousovitch doing`, `what is he doing`, `what does the guide do`, `what is ortiz up
    /// to`: the person or thing named, described; a person's topic `about doing`, `job` or `work`
    /// answers instead when they have one.
    private func whatSomeoneIsDoing(_ words: [String], scope: Scope) -> ParseOutcome? {
        // Every shape starts with one of these: no array of words compared for other commands.
        guard let first = words.first, first.isWord("what", "whats", "what's", "wats") else { return nil }
        var rest = words[...]
        if rest.starts(with: ["what", "is"]) || rest.starts(with: ["what", "are"]) || rest.starts(with: ["what", "does"])
            || rest.starts(with: ["what", "do"]) || rest.starts(with: ["what", "s"]) {
            rest = rest.dropFirst(2)
        } else if ["whats", "what's", "wats"].contains(rest.first) {
            rest = rest.dropFirst()
        } else {
            return nil
        }
        let does = words.dropFirst().first == "does" || words.dropFirst().first == "do"
        if does, rest.last == "do" || rest.last == "doing" { rest = rest.dropLast() }
        else if rest.last == "doing" { rest = rest.dropLast() }
        else if rest.suffix(2) == ["up", "to"] { rest = rest.dropLast(2) }
        else { return nil }
        var named = rest.filter { !Vocabulary.articles.contains($0) && $0 != "here" && $0 != "there" }
        // `what r they doing`: the group here, never a thing (CommandParser+WhatAndWhereQuestions.swift).
        if named == ["they"] || named == ["them"] { guard let group = groupMeant(scope) else { return nil }; named = ["#\(group)"] }
        guard !named.isEmpty, named.count <= 4,
              named.allSatisfy({ !["you", "i", "we", "u", "me", "us", "yourself"].contains($0) }) else { return nil }
        if case .commands(let commands) = parse(words: ["examine"] + named, freeText: false, scope: scope),
           let described = commands.first(where: { if case .verb(.examine, let objects, _, _) = $0 { objects.count == 1 } else { false } }),
           case .verb(_, let objects, _, _) = described {
            let thing = objects[0]
            if story.things[thing].isPerson, let topic = ownTopic(of: thing, among: [["doing"], ["job"], ["work"], ["do"]]),
               case .commands(let asked) = parse(words: ["ask", "#\(thing)", "about"] + topic, freeText: false, scope: scope) {
                return .commands(asked)
            }
            return .commands([described])
        }
        // `what does the 69th do`: a topic of someone here.
        return askingWhoseTopic(named, scope: scope)
    }

    /// The first of the phrases that is one of the person's own topics (not "anything else").
    private func ownTopic(of person: ThingIndex, among phrases: [[String]]) -> [String]? {
        phrases.first { wanted in
            story.things[person].topics.contains { topic in
                topic.phrases.contains { $0 != ["anything"] && $0 != ["anything", "else"] && $0 == wanted }
            }
        }
    }

    /// True when the person has a topic of their own (not "anything else") that the words name.
    func hasTopic(_ person: ThingIndex, for words: [String]) -> Bool {
        story.things[person].topics.contains { topic in
            topic.phrases.contains { $0 != ["anything"] && $0 != ["anything", "else"] && TopicMatch.matches($0, words) }
        }
    }

    /// `ask PERSON about WORDS` for the person in conversation when the topic is theirs, else for
    /// the only person here whose topic it is; nil when nobody or several have it.
    func askingWhoseTopic(_ topic: [String], scope: Scope) -> ParseOutcome? {
        let typed = topic.filter { !Vocabulary.articles.contains($0) }
        guard !typed.isEmpty else { return nil }
        let people = scope.peopleInSight(story)
        let person: ThingIndex
        if let focus = personInFocus(scope), hasTopic(focus, for: typed) {
            person = focus
        } else {
            let answering = people.filter { hasTopic($0, for: typed) }
            guard answering.count == 1 else { return nil }
            person = answering[0]
        }
        let outcome = parse(words: ["ask", "#\(person)", "about"] + typed, freeText: false, scope: scope)
        if case .commands = outcome { return outcome }
        return nil
    }

    // MARK: Ask about X, where is X

    /// `ask about the spirit of the elbe` with several people here.
    private func askingAboutWithoutPerson(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words[0] == "ask", words[1] == "about",
              scope.peopleInSight(story).count > 1 else { return nil }
        return askingWhoseTopic(Array(words.dropFirst(2)), scope: scope)
    }

    /// `where is silesia` where no thing, person or scene of the story is called that.
    private func whereIsTopic(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words[0].isWord("where", "wheres", "where's") else { return nil }
        let rest: ArraySlice<String>
        if words.starts(with: ["where", "is"]) || words.starts(with: ["where", "are"]) || words.starts(with: ["where", "was"]) {
            rest = words.dropFirst(2)
        } else if ["wheres", "where's"].contains(words[0]) {
            rest = words.dropFirst()
        } else {
            return nil
        }
        let named = rest.filter { !Vocabulary.articles.contains($0) && $0 != "located" && $0 != "exactly" }
        guard !named.isEmpty, named.count <= 3,
              named.allSatisfy({ vocabulary.things(answering: $0) == nil && !Vocabulary.pronouns.contains($0) }),
              !named.contains(where: { word in vocabulary.sceneWords.contains { $0.contains(word) } }),
              !["i", "we", "you", "he", "she", "it", "they", "this", "that", "from"].contains(where: named.contains) else { return nil }
        return askingWhoseTopic(Array(named), scope: scope)
    }
}
