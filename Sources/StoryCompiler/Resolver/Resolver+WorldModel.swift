import StoryModel

extension Resolver {
    /// The index of the thing a name means where a scene or a thing may be written (`starts on
    /// hook`, `cloak is on hook`, `move cloak to hook`), or nil when it names a scene or nothing.
    mutating func holderIfThing(_ name: Name) -> ThingIndex? {
        guard symbols.lookup(name.text, as: .scene) == nil, let thing = symbols.lookup(name.text, as: .thing) else { return nil }
        if let hint = hints.thing(withID: name.text), !hint.isHolder {
            error(.wrongKind, "'\(name.text)' is not a container or a supporter, so nothing can be in or on it", at: name.range,
                  help: "add 'container' or 'supporter' to '\(name.text)'")
            return nil
        }
        return thing
    }

    /// Where `starts in X` or `starts on X` puts a thing.
    mutating func startingPlace(_ name: Name) -> Thing.InitialPlace {
        if let holder = holderIfThing(name) { return .within(holder) }
        return resolve(name, as: .scene).map { .scene($0) } ?? .nowhere
    }

    mutating func thingWorld(_ syntax: ThingWorldSyntax) -> ThingWorld {
        var world = ThingWorld()
        world.holder = syntax.holder
        world.isOpenable = syntax.isOpenable
        world.startsOpen = syntax.startsOpen
        world.key = syntax.key.flatMap { resolve($0, as: .thing) }
        world.startsLocked = syntax.startsLocked
        world.isScenery = syntax.isScenery
        world.givesLight = syntax.givesLight
        return world
    }

    mutating func sceneWorld(_ syntax: SceneWorldSyntax) -> SceneWorld {
        var world = SceneWorld()
        if let dark = syntax.dark {
            world.litWhen = dark.unless.map { condition($0) } ?? .not(.always)
        }
        world.timedEvents = syntax.timedEvents.map { TimedEvent(turns: $0.turns, response: response($0.response)) }
        return world
    }

    func storyWorld() -> StoryWorld {
        var world = StoryWorld()
        world.maximumScore = tree.world.maximumScore
        for synonym in tree.world.synonyms { world.synonyms[synonym.word] = synonym.meaning }
        return world
    }
}
