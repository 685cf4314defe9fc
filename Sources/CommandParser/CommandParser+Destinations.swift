import StoryModel

/// A place named after a verb of going and a direction or `back` (`go down to the town`, `go
/// back to wurzen`, `run up to the village`): the way that leads there, when a way of this scene
/// does (its destination's name, its summary or its own words); else "You can't get to 'wurzen'
/// from here." — never the direction alone (the twenty-second and twenty-third blind runs: `go
/// down to the town` on the castle tower went down, to the bridge). The story's own actions for
/// the words come first.
extension CommandParser {
    public static let goingVerbs: WordSet = ["go", "walk", "run", "head", "hurry", "drive", "ride", "return", "get"]
    /// Words between the verb and `to`: `go down to`, `go back to`, `head back up to`.
    static let goingManner: WordSet = ["down", "up", "back", "over", "across", "along", "on", "off", "out", "home",
                                           "straight", "right", "all", "the", "way", "quickly"]

    func goingToPlace(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        // `go to the mill office` where the way in leads to the office: through that way (the
        // forty-fifth blind run had the mill's description).
        if case .failure(.noWayTo(let place)) = outcome, let exit = exitToPlaceOf(place, scope: scope) {
            return .commands([.exit(exit)])
        }
        // `go to hayloft` where the hayloft is a thing here: over to it, a look (the twenty-sixth blind run).
        if case .failure(.noWayTo(let place)) = outcome, !place.isEmpty,
           case .things(let found) = resolver.resolve(place[...], kind: .anything, allowMany: false, scope: scope), found.count == 1,
           case .commands(let commands) = read(["examine", "#\(found[0])"], freeText: false, scope: scope) {
            return .commands(commands)
        }
        guard words.count >= 3, Self.goingVerbs.contains(words[0]),
              let to = words.indices.dropFirst().first(where: { words[$0] == "to" || words[$0] == "towards" || words[$0] == "toward" }),
              to >= 2, to < words.count - 1, words[1..<to].allSatisfy(Self.goingManner.contains) else { return nil }
        if case .commands(let commands) = outcome, commands.contains(where: \.isAuthorAction) { return nil }
        let place = words[(to + 1)...].filter { !Vocabulary.articles.contains($0) }
        guard !place.isEmpty else { return nil }
        if let exit = exitLeading(to: place, scope: scope) { return .commands([.exit(exit)]) }
        // The words of the way the direction leads (`go down to the bridge`): as read.
        if case .commands(let commands) = outcome, commands.allSatisfy({ command in
            if case .exit = command { return true }
            return false
        }) { return outcome }
        if Set(place).isSubset(of: vocabulary.sceneWords[scope.scene]) { return .failure(.alreadyHere) }
        // `go down to the water` names a thing: the reading as it was. A place of the story or a
        // word it does not know (`wurzen`) is a place with no way there.
        let things = place.filter { vocabulary.things(answering: $0) != nil && !Self.goingManner.contains($0) }
        guard things.isEmpty || place.contains(where: { word in
            !vocabulary.knows(word) || vocabulary.sceneWords.contains { $0.contains(word) }
        }) else { return nil }
        if case .commands = outcome, !place.contains(where: { word in
            !vocabulary.knows(word) || vocabulary.sceneWords.contains { $0.contains(word) } || vocabulary.sceneryWords.contains(word, scene: scope.scene)
        }) { return nil }
        return .failure(placeFurtherOn(place, exit: nil, scope: scope) ?? .noWayTo(place))
    }

    /// The one exit of this scene whose scene holds a fixed thing the words name (`mill office`
    /// for the way in, to the command post in the mill office); nil when none or several do.
    func exitToPlaceOf(_ place: [String], scope: Scope) -> Int? {
        let named = place.filter { !Vocabulary.articles.contains($0) && !Self.goingManner.contains($0) }
        guard !named.isEmpty, !Set(named).isSubset(of: vocabulary.sceneWords[scope.scene]), let candidates = vocabulary.things(answering: named[named.count - 1]) else { return nil }
        let exits = story.scenes[scope.scene].exits
        let leading = exits.indices.filter { index in
            candidates.contains { thing in
                let held = story.things[thing]
                guard case .scene(let scene) = held.initialPlace, scene == exits[index].target, scene != scope.scene,
                      !held.isPortable, !held.isPerson else { return false }
                return named.allSatisfy(vocabulary.words[thing].contains) && vocabulary.nouns[thing].contains(named[named.count - 1])
            }
        }
        guard leading.count == 1 else { return nil }
        // `go to the river` at Trebsen, the Mulde here and the wall map in the office marked with
        // rivers: the river here (the sixty-third blind run went into the office). The way is
        // taken only when the thing there is named so (`go to the mill office`) and the one here is not.
        if case .things(let here) = resolver.resolve(named[...], kind: .anything, allowMany: false, scope: scope), !here.isEmpty {
            func isNamed(_ thing: ThingIndex) -> Bool {
                let name = Set(Tokenizer.commands(in: story.things[thing].name).joined())
                return named.allSatisfy(name.contains)
            }
            let there = candidates.filter { thing in
                guard case .scene(let scene) = story.things[thing].initialPlace else { return false }
                return scene == exits[leading[0]].target
            }
            guard there.contains(where: isNamed), !here.contains(where: isNamed) else { return nil }
        }
        return leading[0]
    }
}
