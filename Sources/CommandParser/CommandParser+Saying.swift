import StoryModel

/// `say no`, `say yes`, `say thanks`, `say hello` → `no`, `yes`, `thanks`, `hello`; `say` with
/// other words → talking to the person in conversation; `answer X`, `reply to X` → `talk to X`.
extension CommandParser {
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
}
