import StoryModel

extension Resolver {
    /// Declares every scene, thing, fact, ending, flag and counter before anything is resolved,
    /// so that names may be used before the line that declares them.
    mutating func declareAll() {
        // Room for every scene and thing at once, rather than arrays and tables grown by doubling.
        declarations[SymbolTable.slot(.scene)].reserveCapacity(tree.scenes.count)
        declarations[SymbolTable.slot(.thing)].reserveCapacity(tree.things.count)
        symbols.reserveCapacity(tree.scenes.count, for: .scene)
        symbols.reserveCapacity(tree.things.count, for: .thing)
        // By index, reading only the id: `for scene in tree.scenes` copied each whole scene and thing
        // (their lists and texts retained and released) to read one name (docs/performance.md,
        // "Compile, thirteenth round").
        for index in tree.scenes.indices {
            let id = tree.scenes[index].id
            declare(id, as: .scene)
        }
        for index in tree.things.indices {
            let id = tree.things[index].id
            declare(id, as: .thing)
        }
        for fact in tree.facts { declare(fact.id, as: .fact) }
        for ending in tree.endings { declare(ending.id, as: .ending) }
        for counter in tree.counters { declare(counter.name, as: .counter) }
        for flag in tree.flags { declare(flag, as: .flag) }
        for effect in everyEffect() {
            switch effect {
            case .setFlag(let name), .clearFlag(let name):
                if symbols.lookup(name.text, as: .counter) == nil {
                    let (number, isNew) = symbols.declare(name.text, as: .flag)
                    if isNew { flagFirstSet[number] = name.range }
                }
            case .setCounter(let name, _), .addToCounter(let name, _):
                if symbols.lookup(name.text, as: .flag) == nil { _ = symbols.declare(name.text, as: .counter) }
            default:
                break
            }
        }
    }

    /// The counters in declaration order, with their starting values.
    func counters() -> [Story.Counter] {
        symbols.all(.counter).map { name in
            Story.Counter(name: name, initialValue: tree.counters.first { $0.name.text == name }?.initial ?? 0)
        }
    }

    /// Every effect of the story, those under conditions too: actions, ways' travel, talks,
    /// topics and timed events.
    func everyEffect() -> [SyntaxEffect] {
        var effects: [SyntaxEffect] = tree.actions.flatMap(\.response.effects)
        for index in tree.scenes.indices {
            // By index, reading only the travel: `for exit in` copied every exit whole.
            let exits = tree.scenes[index].exits
            for exit in exits.indices where !exits[exit].travel.isEmpty { effects += exits[exit].travel }
        }
        for index in tree.things.indices {
            if let talk = tree.things[index].talk { effects += talk.effects }
            for topic in tree.things[index].topics { effects += topic.response.effects }
        }
        for index in tree.scenes.indices {
            for event in tree.scenes[index].world.timedEvents { effects += event.response.effects }
        }
        return effects.flatMap(\.flattened)
    }
}
