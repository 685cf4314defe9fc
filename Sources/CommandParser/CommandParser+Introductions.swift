import StoryModel

/// The player introducing themselves (the twentieth blind play-test, issue #11): `hi im jake`,
/// `hi im an american`, `my name is jake`, `call me jake`, `i am jake`. The line greets the
/// person in conversation (or the one here) as `hi` would, and with nobody to greet says the
/// player said who they are; never "I don't know the word 'jake'. Did you mean 'make'?". A
/// story's own reading of the words (`i am sorry`, `im lost`) comes first: this is asked only
/// when the line is no command.
extension CommandParser {
    private static let introductions: [[String]] = [["im"], ["i'm"], ["i", "am"], ["my", "name", "is"], ["my", "name's"],
                                                    ["my", "names"], ["call", "me"], ["this", "is"], ["we", "are"], ["were"]]

    /// Openings that can only introduce: what follows them is a name, whatever it is.
    private static let namingOpenings: [[String]] = [["my", "name", "is"], ["my", "name's"], ["my", "names"], ["call", "me"]]

    func introduction(_ words: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        switch failure {
        case .unknownWord, .understoodOnly, .notUnderstood: break
        default: return nil
        }
        let greeted = words.first.map(Self.greetingWords.contains) ?? false
        let rest = Array(words.dropFirst(greeted ? 1 : 0))
        guard let opening = Self.introductions.first(where: { rest.starts(with: $0) && rest.count > $0.count }) else { return nil }
        // Without a greeting only a name or a nationality: `i am lost` is no introduction, nor
        // `this is so sad why did this happen` among the dead (the forty-eighth blind run: it
        // greeted everyone, and the officer shook hands). `my name is` and `call me` always are.
        let said = rest.dropFirst(opening.count).filter { !Vocabulary.articles.contains($0) }
        guard greeted || Self.namingOpenings.contains(opening) || said.count <= 3 && said.allSatisfy({ word in
                  Self.nationalities.contains(word)
                      || !vocabulary.knows(word) && !Self.reactionFiller.contains(word) && !Self.questionWords.contains(word) }),
              !said.isEmpty else { return nil }
        if let person = personGreeted(scope), case .commands(let commands) = parse(["talk", "to", "#\(person)"], scope: scope) {
            return .commands(commands)
        }
        if !scope.peopleInSight(story).isEmpty,
           case .commands(let commands) = parse(["hi", "everyone"], scope: scope) {
            return .commands(commands)
        }
        return .failure(.interjection("introduction"))
    }

    /// `hi` right after talking to Olena (the twentieth blind play-test): Olena, not "Who do you
    /// want to talk to?", when she is still here.
    func greetingTheOneJustTalkedTo(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard words.count <= 2, Self.greetingWords.contains(words[0]), words.count == 1 || words[1] == "again",
              outcome.asksWhom, let person = personGreeted(scope) else { return nil }
        return commandsOnly(parse(["talk", "to", "#\(person)"], scope: scope))
    }

    /// The person in conversation, else the one last spoken to if still here, else the one here.
    private func personGreeted(_ scope: Scope) -> ThingIndex? {
        if let spoken = personSpokenWith(scope) { return spoken }
        if let recent = scope.recentPerson, story.things[recent].isPerson, scope.isInSight(recent) { return recent }
        return personInFocus(scope)
    }

    private static let nationalities: WordSet = ["american", "americans", "yank", "yanks", "gi", "soldier", "soldiers", "friend",
                                                     "friends", "sparks", "radioman", "radio", "operator"]

    /// `omg we did it`, `wow we made it`: an interjection before words that are no command.
    func leadingInterjection(_ words: [String], failure: ParseFailure) -> ParseOutcome? {
        guard words.count >= 2, Self.interjections.contains(words[0]), !vocabulary.isVerb(words[0]) else { return nil }
        switch failure {
        case .unknownWord, .understoodOnly, .notUnderstood: return .failure(.interjection(words[0]))
        default: return nil
        }
    }
}

private extension ParseOutcome {
    /// True when the outcome would ask whom the player means: a question, or a verb with nobody.
    var asksWhom: Bool {
        switch self {
        case .question: true
        case .commands(let commands): commands.allSatisfy(\.hasNoObject)
        case .failure: false
        }
    }
}
