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
        if let with = words.indices.dropFirst(2).first(where: { words[$0] == "with" }), with < words.count - 1 {
            return helpingPersonWithThing(Array(words[1..<with]), Array(words[(with + 1)...]), scope: scope)
        }
        let named = words.dropFirst().drop { $0 == "with" || $0 == "out" }.filter { !Vocabulary.articles.contains($0) }
        // `help wilbur` after he went on ahead: "Wilbur Wright isn't here.", not the list of
        // commands (a blind author's Kitty Hawk, session 21).
        if !named.isEmpty, named.allSatisfy({ vocabulary.knows($0) }),
           named.contains(where: { vocabulary.thingsByWord[$0]?.contains(where: { story.things[$0].isPerson }) ?? false }),
           case .failed(.notVisible) = resolver.resolveOne(named[...], kind: .person, scope: scope) {
            return .failure(.notVisible)
        }
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

    /// `help her with the cart`: the person the story's helping action for the thing names, when
    /// the words name them (or `her` could be them: the woman, not the girl beside her, and never
    /// the lieutenant last spoken to; the sixty-third blind run). Nil otherwise.
    private func helpingPersonWithThing(_ personWords: [String], _ thingWords: [String], scope: Scope) -> ParseOutcome? {
        let named = thingWords.filter { !Vocabulary.articles.contains($0) }
        let naming = personWords.filter { !Vocabulary.articles.contains($0) }
        guard !named.isEmpty, !naming.isEmpty, (named + naming).allSatisfy({ vocabulary.knows($0) }),
              case .things(let found) = resolver.resolveOne(named[...], kind: .thing, scope: scope), found.count == 1,
              !story.things[found[0]].isPerson else { return nil }
        let candidates: [ThingIndex]
        switch resolver.resolveOne(naming[...], kind: .person, scope: scope) {
        // `help them with the cart`: whoever here the cart's helping names (the sixty-fourth run).
        case _ where naming == ["them"] || naming == ["they"]: candidates = scope.peopleInSight(story)
        case .things(let people), .ambiguous(let people): candidates = people
        default: return nil
        }
        for index in actions(startingWith: "help", scope: scope) {
            let patterns = story.actions[index].patterns
            guard patterns.contains(where: { $0.elements.contains(.slot(.thing(found[0]))) }) else { continue }
            for pattern in patterns where pattern.elements.count == 2 && pattern.elements[0] == .word("help") {
                guard case .slot(.thing(let person)) = pattern.elements[1], candidates.contains(person),
                      case .commands(let commands) = read(["help", "#\(person)"], freeText: false, scope: scope),
                      commands.contains(where: { if case .action(index, _) = $0 { true } else { false } }) else { continue }
                return .commands(commands)
            }
        }
        return nil
    }
}
