import StoryModel

/// What the ninth blind play-test missed, tried only after the words failed as typed:
///
/// - a greeting before a question or command: `hi ortiz whats ur name`, `hey brennan where r u
///   from` → the greeting dropped and the rest put to that person;
/// - `say no`, `say yes`, `say thanks`, `say hello` → `no`, `yes`, `thanks`, `hello`; `say` with
///   other words → talking to the person in conversation; `answer X`, `reply to X` → `talk to X`;
/// - interjections alone (`cool`, `wow`, `lol`) when the story does not know the word: a short
///   reply that takes no turn;
/// - `follow me` said to the person in conversation → `ask X to follow me` (which `order` reads
///   as `ask X to come with me`); `take X along|up|with us` → `take X with me`.
extension CommandParser {
    static let greetingWords: Set<String> = ["hi", "hello", "hey", "hiya", "howdy", "yo", "greetings"]
    public static let interjections: Set<String> = ["cool", "wow", "nice", "awesome", "lol", "haha", "hahaha", "omg", "great", "yay",
                                             "ok", "okay", "hmm", "hmmm", "oh", "ah", "aha", "oops", "neat", "whoa", "wicked", "sweet",
                                             "congratulations", "congrats", "bravo", "hooray", "hurray", "hurrah", "welcome"]

    /// `hi ortiz whats ur name`: the rest put to the greeted person.
    func greetedThenAsked(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.greetingWords.contains(words[0]) else { return nil }
        for length in [2, 1] where words.count > length + 1 {
            guard let person = addressee(Array(words[1...length]), scope: scope) else { continue }
            return order(["ask", "#\(person)", "to"] + words.dropFirst(length + 1), scope: scope)
        }
        return nil
    }

    /// `hello kotzebue` before a comma (`hello kotzebue, what now`): the person greeted, so the
    /// rest is put to him.
    public func greetedAddressee(_ words: [String], scope: Scope) -> ThingIndex? {
        guard words.count >= 2, Self.greetingWords.contains(words[0]) else { return nil }
        return addressee(Array(words.dropFirst()), scope: scope)
    }

    /// `cool`, `wow`, `lol` alone, when the story has no such word: a friendly reply, no turn.
    func interjection(_ words: [String], outcome: ParseOutcome) -> ParseOutcome? {
        // `lol ok`, `haha nice`: interjections only, the first one's reply (twelfth blind play-test).
        let alone = words.count == 1 || (words.count <= 3 && words.allSatisfy { Self.interjections.contains($0) || ["ok", "okay", "so", "very", "really"].contains($0) })
        guard alone, Self.interjections.contains(words[0]), case .failure(let failure) = outcome else { return nil }
        // `lol` alone, a word the story knows but no command (the twenty-eighth blind run): the laugh too.
        if case .unknownWord = failure {} else if words.count > 1 || !Self.laughs.contains(words[0]) { return nil }
        return .failure(.interjection(words[0]))
    }

    /// Words that greet a comrade, which a story may also give its Soviet people as nouns.
    static let comradeWords: Set<String> = ["tovarish", "tovarishch", "tovarisch", "comrade", "comrades"]

    /// `tovarish!` alone (the twenty-ninth blind run): talking to the person the word names,
    /// else the person in conversation greeted, else `hello`.
    func comradeGreeting(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count == 1, Self.comradeWords.contains(words[0]) else { return nil }
        if case .commands(let commands) = parse(words: ["talk", "to", words[0]], freeText: false, scope: scope) { return .commands(commands) }
        if let spoken = personSpokenWith(scope) { return parse(words: ["talk", "to", "#\(spoken)"], freeText: false, scope: scope) }
        return parse(["hello"], scope: scope)
    }

    /// `say no`, `say thanks`, `say we are friends`, `answer kowalski`, `reply to him`.
    func saying(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2 else { return nil }
        if ["answer", "reply", "respond"].contains(words[0]) {
            let rest = Array(words.dropFirst().drop { $0 == "to" })
            guard !rest.isEmpty, case .commands(let commands) = read(["talk", "to"] + rest, freeText: false, scope: scope) else { return nil }
            return .commands(commands)
        }
        guard words[0] == "say" else { return nil }
        let said: [String]? = switch words[1] {
        case "no", "nope", "nah": ["no"]
        case "yes", "yeah", "yep", "sure": ["yes"]
        case "thanks", "thank", "thx", "cheers": ["thanks"]
        case "hello", "hi", "hey", "howdy": ["hello"]
        default: nil
        }
        if let said {
            // The story's own `on say no` first, then `no` itself.
            for reading in [Array(words.prefix(2)), said] where reading != words {
                if case .commands(let commands) = parse(words: reading, freeText: false, scope: scope) { return .commands(commands) }
            }
        }
        guard let person = personInFocus(scope),
              case .commands(let commands) = parse(words: ["talk", "to", "#\(person)"], freeText: false, scope: scope) else { return nil }
        return .commands(commands)
    }

    /// `follow me` to the person in conversation; `take titov along`, `take him up with us`.
    func comingAlong(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let verb = words.first else { return nil }
        if ["follow", "come"].contains(verb), words.count == 2 || words.count == 3, ["me", "us", "along"].contains(words[words.count - 1]),
           let person = personInFocus(scope) {
            return order(["ask", "#\(person)", "to"] + words, scope: scope)
        }
        guard words.count >= 3, verb == "take" else { return nil }
        var middle = Array(words.dropFirst())
        while let last = middle.last, ["along", "up", "with", "me", "us", "too"].contains(last) { middle.removeLast() }
        guard middle.count < words.count - 1, !middle.isEmpty, let person = addressee(middle, scope: scope) else { return nil }
        if case .commands(let commands) = read(["take", "#\(person)", "with", "me"], freeText: false, scope: scope) { return .commands(commands) }
        return order(["ask", "#\(person)", "to", "come", "with", "me"], scope: scope)
    }

    /// `follow me`, `come along`, `come with us` in an order: the story's `ask {x} to come with me`.
    static func comingWithMe(_ rest: [String]) -> [String] {
        comingAlongPhrases.contains(rest) ? ["come", "with", "me"] : rest
    }

    private static let comingAlongPhrases: Set<[String]> = [
        ["follow", "me"], ["follow", "us"], ["come", "along"], ["come", "with", "us"], ["follow", "me", "up"],
        ["come", "along", "with", "me"], ["come", "along", "with", "us"], ["come", "too"]]
}
