import StoryModel

/// Greetings, tried only after the words failed as typed: a greeting before a question or
/// command (`hi ortiz whats ur name`, `hey brennan where r u from`: the greeting dropped and the
/// rest put to that person), `hello kotzebue, what now`, and `tovarish!` alone.
extension CommandParser {
    // `hola olena how r u` (a blind student whose first language is Spanish, session 36).
    static let greetingWords: WordSet = ["hi", "hello", "hey", "hiya", "howdy", "yo", "greetings", "hola", "hallo", "bonjour", "ciao", "salut", "servus"]

    /// Greetings that name nobody: `good morning`, `hello`.
    private static let bareGreetings: Set<[String]> = [["good", "morning"], ["good", "evening"], ["good", "afternoon"], ["good", "day"],
                                                       ["morning"], ["evening"], ["afternoon"], ["hello", "there"], ["hi", "there"]]

    /// True for a greeting that names nobody (`good morning`, `hello`): after a part of the same
    /// line that was answered (`Hello, sergeant. Good morning!`), it adds nothing.
    public static func isBareGreeting(_ words: [String]) -> Bool {
        (words.count == 1 && greetingWords.contains(words[0])) || bareGreetings.contains(words)
    }

    /// `hi ortiz whats ur name`: the rest put to the greeted person. `talk to brennan are u ok` is
    /// `brennan are u ok` (a blind student, session 36: "I understood 'talk' but not the rest").
    func greetedThenAsked(_ words: [String], scope: Scope) -> ParseOutcome? {
        if words.count >= 4, ["talk", "speak", "chat"].contains(words[0]), ["to", "with"].contains(words[1]) {
            let addressed = Array(words.dropFirst(2))
            guard [2, 1].contains(where: { addressed.count > $0 + 1 && addressee(Array(addressed[..<$0]), scope: scope) != nil }) else { return nil }
            return commandsOnly(parse(addressed, scope: scope))
        }
        guard words.count >= 3, Self.greetingWords.contains(words[0]) else { return nil }
        for length in [2, 1] where words.count > length + 1 {
            guard let person = addressee(Array(words[1...length]), scope: scope) else { continue }
            // `hey whitcomb we were first at strehla`: a sentence said to him, as `whitcomb we were
            // first…` is, never his topic as asking answers it ("No, you tell me about Strehla":
            // a blind student, session 39).
            let rest = Array(words.dropFirst(length + 1))
            if Self.statementOpeners.contains(rest[0]), !Self.statementQuestionStarts.contains(rest[0]),
               let said = statement(rest, failure: .notUnderstood(verb: nil), scope: scope, to: person) { return said }
            return order(["ask", "#\(person)", "to"] + rest, scope: scope)
        }
        return nil
    }

    /// `hello kotzebue` before a comma (`hello kotzebue, what now`): the person greeted, so the
    /// rest is put to him.
    public func greetedAddressee(_ words: [String], scope: Scope) -> ThingIndex? {
        guard words.count >= 2, Self.greetingWords.contains(words[0]) else { return nil }
        return addressee(Array(words.dropFirst()), scope: scope)
    }

    /// Words that greet a comrade, which a story may also give its Soviet people as nouns.
    static let comradeWords: WordSet = ["tovarish", "tovarishch", "tovarisch", "comrade", "comrades"]

    /// `tovarish!` alone (the twenty-ninth blind run): talking to the person the word names,
    /// else the person in conversation greeted, else `hello`.
    func comradeGreeting(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count == 1, Self.comradeWords.contains(words[0]) else { return nil }
        if case .commands(let commands) = parse(words: ["talk", "to", words[0]], freeText: false, scope: scope) { return .commands(commands) }
        if let spoken = personSpokenWith(scope) { return parse(words: ["talk", "to", "#\(spoken)"], freeText: false, scope: scope) }
        return parse(["hello"], scope: scope)
    }
}
