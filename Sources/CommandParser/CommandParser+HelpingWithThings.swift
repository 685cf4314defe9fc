import StoryModel

/// `help with the cart`, `help the cart`: helping, never the HELP list (the forty-third blind run
/// had the whole command list; `help the woman with the handcart` worked). The story's action that
/// both helps a person here and works on the thing (`on push {handcart}, …, help {pietsch}`) is
/// what it means; without one, nobody here needs help with it.
extension CommandParser {
    /// The helping meant by `help with THING` or `help THING`, nil when the words name no thing
    /// here (then they stay the HELP command's words: `help me`, `help commands`).
    func helpingWithThing(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, words[0] == "help" else { return nil }
        let named = words.dropFirst().drop { $0 == "with" || $0 == "out" }.filter { !Vocabulary.articles.contains($0) }
        guard !named.isEmpty, named.allSatisfy({ vocabulary.knows($0) }),
              case .things(let found) = resolver.resolveOne(named[...], kind: .thing, scope: scope), found.count == 1,
              !story.things[found[0]].isPerson else { return nil }
        let thing = found[0]
        for index in actions(startingWith: "help", scope: scope) {
            let patterns = story.actions[index].patterns
            guard patterns.contains(where: { $0.elements.contains(.slot(.thing(thing))) }) else { continue }
            for pattern in patterns where pattern.elements.count == 2 && pattern.elements[0] == .word("help") {
                guard case .slot(.thing(let person)) = pattern.elements[1], story.things[person].isPerson,
                      scope.isInSight(person),
                      case .commands(let commands) = read(["help", "#\(person)"], freeText: false, scope: scope),
                      commands.contains(where: { if case .action(index, _) = $0 { true } else { false } }) else { continue }
                return .commands(commands)
            }
        }
        return .commands([.verb(.assist, objects: [], second: nil, words: [])])
    }
}
