import StoryModel

/// Verbs whose person students leave out or put oddly: `shake hands`, `shake his hand`,
/// `shake hands with the soviet soldier`, `hug`, `salute`, `wave`, `thank you`. The person is the
/// one named, or else the only person here; with several people here the parser asks whom.
/// `hug them`, `hug everyone` are the people here, never a thing `them` last meant.
extension CommandParser {
    enum ImpliedPerson {
        /// The command with the person filled in, in each phrasing a story's action may use.
        case readings([[String]])
        /// Several people here and none named: ask whom.
        case question(PendingQuestion)
    }

    func impliedPerson(_ words: [String], scope: Scope) -> ImpliedPerson? {
        guard let verb = words.first else { return nil }
        // The verbs below, before the rest of the words is copied: `read` asks this of every command.
        guard Self.impliedPersonVerbs.contains(verb) else { return nil }
        let rest = words.dropFirst().filter { !Vocabulary.articles.contains($0) }
        let named: [String]
        let forms: (String) -> [[String]]
        let template: [String]
        let builtIn: BuiltInVerb
        switch verb {
        case "shake":
            named = rest.filter { !["hands", "hand", "with"].contains($0) }.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
            forms = { [["shake", "hands", "with", $0], ["shake", $0, "hand"], ["shake", $0, "hands"], ["shake", $0]] }
            (template, builtIn) = (["shake", "hands", "with"], .shake)
        case "hug", "embrace", "cuddle", "salute", "kiss":
            named = rest
            forms = { [[verb, $0]] }
            (template, builtIn) = ([verb], verb == "salute" ? .salute : verb == "kiss" ? .kiss : .hug)
        case "thank", "thanks":
            // `thank gordeyev for the party`: Gordeyev, whatever for.
            named = rest.prefix { $0 != "for" }.filter { $0 != "you" }
            forms = { [["thank", $0]] }
            (template, builtIn) = (["thank"], .thank)
        case "wave":
            named = rest.filter { $0 != "to" && $0 != "at" }
            forms = { [["wave", "to", $0], ["wave", "at", $0], ["wave", $0]] }
            (template, builtIn) = (["wave", "to"], .wave)
        default:
            return nil
        }
        // `thank you for your help ortiz`: the person named last on the line (the twenty-ninth blind run).
        if builtIn == .thank, named.isEmpty, words.contains("for"), let person = personNamedLast(words, scope: scope) {
            return .readings(forms("#\(person)"))
        }
        guard !named.isEmpty else {
            // `shake his hand` right after speaking with him: the person `him` means.
            if let pronoun = words.first(where: { $0 == "his" || $0 == "her" }),
               case .things(let found) = resolver.resolveOne([pronoun == "his" ? "him" : "her"], kind: .person, scope: scope),
               found.count == 1, story.things[found[0]].isPerson {
                return .readings(forms("#\(found[0])"))
            }
            let people = scope.peopleInSight(story)
            if people.count == 1 { return .readings(forms("#\(people[0])")) }
            // `thanks`, `shake hands` with several people here: the one in conversation.
            if let spoken = personSpokenWith(scope) { return .readings(forms("#\(spoken)")) }
            // `thx for the star`: the one last named, who most likely gave it (CommandParser+UnaddressedQuestions.swift).
            if builtIn == .thank, words.contains("for"), let recent = lastPersonNamed(scope) { return .readings(forms("#\(recent)")) }
            guard people.count > 1 else { return nil }
            return .question(PendingQuestion(template: template, slot: template.count..<template.count, candidates: [],
                                             kind: .missingNoun(builtIn, firstNoun: nil)))
        }
        // `hug them` on the girders: the people here (those just named first), not the girders.
        if named == ["them"] || named == ["everyone"] || named == ["everybody"] || named == ["all"] {
            let people = scope.peopleInSight(story).filter { !scope.isCarried($0) }
            let group = scope.recentGroup.filter(people.contains)
            let meant = (group.isEmpty ? people : group + people.filter { !group.contains($0) })
            guard !meant.isEmpty else { return nil }
            return .readings(meant.flatMap { forms("#\($0)") })
        }
        guard named.allSatisfy({ vocabulary.knows($0) }),
              case .things(let found) = resolver.resolveOne(named[...], kind: .person, scope: scope),
              found.count == 1, story.things[found[0]].isPerson else { return nil }
        let readings = forms("#\(found[0])")
        // The other forms still reach a story's action (`shake #goloborodko` → `shake hands with …`).
        let others = readings.filter { $0 != words }
        return others.isEmpty ? nil : .readings(others)
    }

    /// The one person here whom the line's last word or two name (`… for your help ortiz`), by name.
    func personNamedLast(_ words: [String], scope: Scope) -> ThingIndex? {
        for length in [2, 1] where words.count > length + 1 {
            let tail = Array(words.suffix(length))
            if let person = addressee(tail, scope: scope), namesByName(tail, person) { return person }
        }
        return nil
    }

    /// `help them`, `help everyone` at the stuck handcart (the twenty-eighth blind run, which asked
    /// "Which do you mean" of five people): the story's `help {person}` for the people last named
    /// together, then anyone here; nil when the story has no such action.
    func helpingThem(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count == 2 || (words.count == 3 && words[2] == "out"), words[0] == "help",
              ["them", "everyone", "everybody", "all"].contains(words[1]) else { return nil }
        let people = scope.peopleInSight(story).filter { !scope.isCarried($0) }
        let group = scope.recentGroup.filter(people.contains)
        for person in group + people.filter({ !group.contains($0) }) {
            if case .commands(let commands) = parse(words: ["help", "#\(person)"], freeText: false, scope: scope),
               commands.contains(where: \.isAuthorAction) {
                return .commands(commands)
            }
        }
        return nil
    }
}
