import StoryModel

/// The thirteenth blind play-test's parser misses (issue #11):
///
/// - `are you ok`, `r u ok`, `you alright?`, `how are you feeling` to the person in conversation:
///   a question, not a statement. Their topic for it (`about ok, alright, feeling`), else the
///   engine's default ("Sergeant Brennan nods. “I'm all right.”");
/// - `whats belousovitch doing`, `what is he doing`, `what does the guide do`: that person or
///   thing described (or their topic `about doing, job, work`), never another person's answer;
/// - `ask about the spirit of the elbe` with several people here: the one in conversation when
///   the topic is theirs, else the only person here whose topic it is;
/// - `where is silesia` where nothing of the story is called that: the topic of the person in
///   conversation (or of the only person here with it), not "You haven't seen any silesia.";
/// - `use helmet to bail boat`: `bail boat with helmet` (`use X to VERB`: `VERB with X`);
/// - `yes i want to call`, `nope not now`: words the parser cannot read after a yes or a no are
///   that yes or no (CommandParser+Statements.swift says them to a person in conversation first).
extension CommandParser {
    /// What the words mean as one of the questions above, nil when they are none of them or the
    /// story's own action reads the words as typed.
    func thirteenthPlaytestReading(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, words.count <= 10 else { return nil }
        let reading = wellbeingQuestion(words, scope: scope) ?? dateQuestion(words, scope: scope) ?? whatSomeoneIsDoing(words, scope: scope)
            ?? askingAboutWithoutPerson(words, scope: scope) ?? whereIsTopic(words, scope: scope)
        guard let reading else { return nil }
        // The story's `on where is silesia` keeps its words.
        if case .commands(let commands) = parse(words: words.filter { !Vocabulary.articles.contains($0) }, freeText: false, scope: scope),
           commands.contains(where: \.isAuthorAction) {
            return nil
        }
        return reading
    }

    // MARK: Are you ok?

    static let wellbeingWords: Set<String> = ["ok", "okay", "alright", "fine", "well", "hurt", "injured", "wounded",
                                              "safe", "good", "feeling", "feel", "doing"]

    /// True for `are you ok`, `you alright`, `r u ok`, `are you hurt`, `how are you feeling`,
    /// `you feeling ok` (chat spelling already read).
    public static func isWellbeingQuestion(_ input: [String]) -> Bool {
        // Only `how …`, `are you …`, `r u …` and `you …` can be: most commands stop here.
        guard let opening = input.first, opening == "how" || opening == "are" || opening == "r" || opening == "you" else { return false }
        var words: [String] = []
        for word in input {
            if word == "right", words.last == "all" { words[words.count - 1] = "alright" } else { words.append(word) }
        }
        if words.first == "how" {
            // `how are you feeling`, `how do you feel`, `how are you holding up`.
            return [["how", "are", "you", "feeling"], ["how", "do", "you", "feel"], ["how", "are", "you", "holding", "up"],
                    ["how", "are", "you", "doing"], ["how", "are", "you"], ["how", "is", "it", "going"]].contains(words)
        }
        if ["are", "r"].contains(words.first) { words.removeFirst() }
        guard words.first == "you", words.count >= 2, words.count <= 5 else { return false }
        let filler: Set<String> = ["feeling", "doing", "being", "really", "still", "now", "there", "mate", "man", "buddy", "sir", "sarge",
                                   "tho", "though", "then"]
        let rest = words.dropFirst().filter { !filler.contains($0) }
        return !rest.isEmpty && rest.allSatisfy { wellbeingWords.contains($0) && !filler.contains($0) }
    }

    /// `are you ok` put to the person in conversation (or named last: `are you ok brennan`).
    private func wellbeingQuestion(_ words: [String], scope: Scope) -> ParseOutcome? {
        // Most commands have neither shape: no looking for a person named by the last word.
        guard Self.isWellbeingQuestion(words) || (words.count >= 3 && Self.isWellbeingQuestion(Array(words.dropLast()))) else { return nil }
        var question = words
        var person: ThingIndex?
        if let last = words.last, words.count >= 3, let named = addressee([last], scope: scope) {
            person = named
            question.removeLast()
        }
        guard Self.isWellbeingQuestion(question), let person = person ?? personInFocus(scope) else { return nil }
        let asked = Set(question).union(["ok", "okay", "alright", "well", "feeling"])
        for topic in story.things[person].topics {
            for phrase in topic.phrases where phrase != ["anything"] && phrase != ["anything", "else"] && phrase.count == 1 {
                if asked.contains(phrase[0]), case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + phrase, freeText: false, scope: scope) {
                    return .commands(commands)
                }
            }
        }
        // `how are you` with no topic for it stays a greeting (`talk to`); `how are you holding
        // up`, `how are you feeling` are asked (the thirty-fourth blind run).
        if question == ["how", "are", "you"] || question == ["how", "is", "it", "going"] { return nil }
        return .commands([.verb(.statement, objects: [person], second: nil, words: question)])
    }

    // MARK: What year is it?

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
        guard Self.dateQuestions.contains(words) else { return nil }
        let asked = words.filter { ["year", "date", "day", "time", "month", "today", "todays"].contains($0) }
        return askingWhoseTopic(asked, scope: scope) ?? .commands([.verb(.date, objects: [], second: nil, words: [])])
    }

    // MARK: What is X doing?

    /// `whats belousovitch doing`, `what is he doing`, `what does the guide do`, `what is ortiz up
    /// to`: the person or thing named, described; a person's topic `about doing`, `job` or `work`
    /// answers instead when they have one.
    private func whatSomeoneIsDoing(_ words: [String], scope: Scope) -> ParseOutcome? {
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
        // `what r they doing`: the group here, never a thing (CommandParser+FifteenthPlaytest.swift).
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
        let people = scope.visibleThings.filter { story.things[$0].isPerson }
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
              scope.visibleThings.filter({ story.things[$0].isPerson }).count > 1 else { return nil }
        return askingWhoseTopic(Array(words.dropFirst(2)), scope: scope)
    }

    /// `where is silesia` where no thing, person or scene of the story is called that.
    private func whereIsTopic(_ words: [String], scope: Scope) -> ParseOutcome? {
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
              named.allSatisfy({ vocabulary.thingsByWord[$0] == nil && !Vocabulary.pronouns.contains($0) }),
              !named.contains(where: { word in vocabulary.sceneWords.contains { $0.contains(word) } }),
              !["i", "we", "you", "he", "she", "it", "they", "this", "that", "from"].contains(where: named.contains) else { return nil }
        return askingWhoseTopic(Array(named), scope: scope)
    }

    // MARK: Use X to VERB Y

    /// `use helmet to bail boat` → `bail boat with helmet` (else `bail boat`); `use rifle to
    /// paddle` → `paddle with rifle` (else `paddle`), when the story or the grammar knows the verb.
    func usingToDo(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, words[0] == "use", let to = words.firstIndex(of: "to"), to >= 2, to + 1 < words.count else { return nil }
        let tool = Array(words[1..<to])
        let verb = words[to + 1]
        let object = Array(words[(to + 2)...])
        guard vocabulary.verbs.contains(verb), verb != "use" else { return nil }
        let tries = [[verb] + object + ["with"] + tool, [verb] + object]
        for attempt in tries where attempt.count > 0 {
            if case .commands(let commands) = parse(words: attempt, freeText: false, scope: scope),
               !commands.allSatisfy(\.isDefaultReply) || attempt == tries.last {
                return .commands(commands)
            }
        }
        return nil
    }

    // MARK: Yes, and words after it

    /// `yes i want to call`, `yeah sure go on`, `nope not now`: `yes` or `no`, when the words
    /// after it do not read as a command. Nil for other words.
    public func leadingYesOrNo(_ input: [String], scope: Scope) -> ParseOutcome? {
        let words = withoutChatSpelling(input) ?? input
        guard words.count >= 2, words.count <= 12 else { return nil }
        let yes: Set<String> = ["yes", "yeah", "yep", "yup", "yea", "sure", "definitely", "absolutely"]
        let no: Set<String> = ["no", "nope", "nah"]
        let answer: String
        if yes.contains(words[0]) || words.starts(with: ["of", "course"]) { answer = "yes" }
        else if no.contains(words[0]) { answer = "no" }
        else { return nil }
        let outcome = parse(words: [answer], freeText: false, scope: scope)
        if case .commands = outcome { return outcome }
        return nil
    }
}
