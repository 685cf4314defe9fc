/// An author-defined command, such as `fire {green-flare}` or `wave {flag} at {person}`.
///
/// Author actions are tried before the built-in verbs: scene-local actions first, then global ones,
/// each in the order they were written.
public struct Action: Hashable, Sendable, Codable {
    /// The ways the player may say it; any one matches.
    public var patterns: [Pattern]
    /// The scene it belongs to, or nil for an action that works everywhere.
    public var scene: SceneIndex?
    public var response: Response
    public var range: SourceRange

    public init(patterns: [Pattern], scene: SceneIndex?, response: Response, range: SourceRange) {
        self.patterns = patterns
        self.scene = scene
        self.response = response
        self.range = range
    }
}

/// One way of saying an action: literal words and noun slots.
public struct Pattern: Hashable, Sendable, Codable {
    public var elements: [Element]

    public init(elements: [Element]) {
        self.elements = elements
    }

    /// A word or a slot of a pattern.
    public enum Element: Hashable, Sendable, Codable {
        /// A lowercased word the player must type.
        case word(String)
        /// A noun phrase naming something in scope.
        case slot(Slot)
    }

    /// What a slot accepts.
    public enum Slot: Hashable, Sendable, Codable {
        /// Exactly this thing or person.
        case thing(ThingIndex)
        /// Any thing that is not a person.
        case anyThing
        /// Any person.
        case anyPerson
        /// Anything at all.
        case anything
    }

    /// True when the slot takes this thing: the very thing, any thing not a person, any person,
    /// or anything. Shared by the parser's reading of a pattern and the engine's (an implicit
    /// take's `on take {X}`, a tool's `on open {X} with {Y}`).
    public static func accepts(_ slot: Slot, _ thing: ThingIndex, in story: Story) -> Bool {
        switch slot {
        case .thing(let wanted): thing == wanted
        case .anyThing: !story.things[thing].isPerson
        case .anyPerson: story.things[thing].isPerson
        case .anything: true
        }
    }

    /// The first word, which indexes the action by verb.
    public var verb: String? {
        if case .word(let word)? = elements.first { return word }
        return nil
    }
}
