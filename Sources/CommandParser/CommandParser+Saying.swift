import StoryModel

/// `say no`, `say yes`, `say thanks`, `say hello` → `no`, `yes`, `thanks`, `hello`; `say` with
/// other words → talking to the person in conversation; `answer X`, `reply to X` → `talk to X`.
extension CommandParser {
    /// `say no`, `say thanks`, `say we are friends`, `answer kowalski`, `reply to him`.
    func saying(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2 else { return nil }
        if ["answer", "reply", "respond"].contains(words[0]) {
            let rest = Array(words.dropFirst().drop { $0 == "to" })
            guard !rest.isEmpty else { return nil }
            if case .commands(let commands) = read(["talk", "to"] + rest, freeText: false, scope: scope) { return .commands(commands) }
            // `answer no comment` to the reporter's questions: Inform's `answer` is `say` (the
            // seventy-first blind player had "I understood 'answer' but not the rest").
            if let answered = answering(words[0], rest, scope: scope) { return answered }
            guard personInFocus(scope) != nil, case .commands(let commands) = parse(words: ["say"] + rest, freeText: false, scope: scope) else { return nil }
            return .commands(commands)
        }
        guard words[0] == "say" else { return nil }
        // `say no comment to whitcomb`: what is said, to the person here (the same player had the
        // plain `no`, "You shake your head at the reporter.").
        if let to = words.lastIndex(of: "to"), to >= 2, to < words.count - 1,
           let person = addressee(Array(words[(to + 1)...]), scope: scope), person == personInFocus(scope),
           case .commands(let commands) = parse(words: Array(words[..<to]), freeText: false, scope: scope) {
            return .commands(commands)
        }
        let said: [String]? = switch words[1] {
        case "no", "nope", "nah": ["no"]
        case "yes", "yeah", "yep", "sure": ["yes"]
        case "thanks", "thank", "thx", "cheers": ["thanks"]
        case "hello", "hi", "hey", "howdy": ["hello"]
        default: nil
        }
        // `say hello to the horseman`, `say thanks to ortiz`: greeting or thanking them; with the
        // person gone, where they went (the forty-fifth blind run had "Who do you want to talk
        // to?" for the horseman who had ridden off).
        if let said, said == ["hello"] || said == ["thanks"], words.count >= 4, words[2] == "to" {
            let person = Array(words.dropFirst(3))
            let outcome = read((said == ["hello"] ? ["talk", "to"] : ["thank"]) + person, freeText: false, scope: scope)
            switch outcome {
            case .commands, .failure(.notVisible): return outcome
            default: break
            }
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

    /// `answer the woman: it is not far` (the forty-seventh blind run had "I understood 'answer'
    /// but not the rest"): the person the first words name, and the rest said to them: the
    /// story's own `on answer {pietsch}`, else the words as a sentence to them (their topic for
    /// it, else a nod).
    private func answering(_ verb: String, _ rest: [String], scope: Scope) -> ParseOutcome? {
        for length in stride(from: min(4, rest.count - 1), through: 1, by: -1) {
            guard let person = addressee(Array(rest.prefix(length)), scope: scope) else { continue }
            let said = Array(rest.dropFirst(length).drop { ["that", "and", "to"].contains($0) })
            guard !said.isEmpty else { return nil }
            if case .commands(let own) = parse(words: [verb, "#\(person)"], freeText: false, scope: scope), own.contains(where: \.isAuthorAction) {
                return .commands(own)
            }
            return statement(said, failure: .notUnderstood(verb: nil), scope: scope, to: person)
        }
        return nil
    }

    /// `say it to kotzebue`, `tell it to him`, `pass it on to the lieutenant`, `repeat that to
    /// polowsky`: talking to them, where what there is to tell is the scene's (a blind student at
    /// Kühren, with Marcel's news for Kotzebue, had Marcel's own line back, and "You can't see any
    /// such thing." for `tell it to kotzebue`). Nil unless the person is in sight.
    func tellingItTo(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard Self.tellingVerbs.contains(words[0]), ["it", "that", "this", "everything"].contains(words[1]) else { return nil }
        let rest = words.dropFirst(2).drop { $0 == "on" || $0 == "all" }
        guard rest.first == "to", rest.count >= 2 else { return nil }
        let person = Array(rest.dropFirst())
        guard case .commands(let commands) = read(["talk", "to"] + person, freeText: false, scope: scope),
              commands.contains(where: { if case .verb(.talk, let objects, _, _) = $0 { !objects.isEmpty } else { $0.isAuthorAction } }) else { return nil }
        return .commands(commands)
    }

    static let tellingVerbs: WordSet = ["say", "tell", "repeat", "report", "pass", "explain", "relay"]
}
