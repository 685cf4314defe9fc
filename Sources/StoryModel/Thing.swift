/// An object or a person in the story.
///
/// People are things with `isPerson` set; they can be talked to and asked about topics.
public struct Thing: Hashable, Sendable, Codable {
    public var id: String
    /// The display name without an article ("green flare", "Lieutenant Gordeyev").
    public var name: String
    /// True for a name that takes no article (a person's name, "Gordeyev").
    public var isProperName: Bool
    /// Words that name it on their own, lowercased.
    public var nouns: [String]
    /// Words that narrow it down ("green"), lowercased.
    public var adjectives: [String]
    public var description: Text
    /// Shown in the scene description while it lies in the player's scene.
    public var hereText: Text?
    public var readText: Text?
    public var isPortable: Bool
    public var isWearable: Bool
    public var isPerson: Bool
    public var initialPlace: InitialPlace
    /// For people: what `talk to` shows and does.
    public var talk: Response?
    /// For people: the topics of `ask X about Y` (read from a compiled form when first asked
    /// for: `TopicList`).
    ///
    /// Inlinable, over a stored `TopicList` (encoded as `topics`), rather than a property wrapper:
    /// the wrapper's getter could not be inlined into another module, so every
    /// `story.things[index].topics` copied the whole thing to call it, a value witness and two
    /// dozen retains and releases (docs/performance.md, "Compile, twenty-first round").
    public var topics: [Topic] {
        @inlinable get { topicStorage.wrappedValue }
        @inlinable set { topicStorage.wrappedValue = newValue }
    }
    @usableFromInline var topicStorage: TopicList
    public var range: SourceRange
    /// The world-model properties (container, supporter, scenery, light, lock); see `WorldModel.swift`.
    public var world = ThingWorld()
    /// For a person the player has not yet been introduced to: what the game's own sentences
    /// call them until a condition holds (`called "the woman" until pietsch-named`).
    public var stranger: Stranger? = nil

    public init(id: String, name: String, isProperName: Bool, nouns: [String], adjectives: [String],
                description: Text, hereText: Text?, readText: Text?, isPortable: Bool, isWearable: Bool,
                isPerson: Bool, initialPlace: InitialPlace, talk: Response?, topics: [Topic], range: SourceRange,
                world: ThingWorld = ThingWorld()) {
        self.id = id
        self.name = name
        self.isProperName = isProperName
        self.nouns = nouns
        self.adjectives = adjectives
        self.description = description
        self.hereText = hereText
        self.readText = readText
        self.isPortable = isPortable
        self.isWearable = isWearable
        self.isPerson = isPerson
        self.initialPlace = initialPlace
        self.talk = talk
        self.topicStorage = TopicList(wrappedValue: topics)
        self.range = range
        self.world = world
    }

    /// The topics as held: a compiled form's reader sets topics to be read when first asked for.
    package var topicList: TopicList {
        get { topicStorage }
        set { topicStorage = newValue }
    }

    /// The stored properties' keys, as the property wrapper's were (`topicStorage` as `topics`).
    enum CodingKeys: String, CodingKey {
        case id, name, isProperName, nouns, adjectives, description, hereText, readText, isPortable, isWearable
        case isPerson, initialPlace, talk, topicStorage = "topics", range, world, stranger
    }

    /// Where a thing is when the story starts.
    public enum InitialPlace: Hashable, Sendable, Codable {
        case nowhere
        case carried
        case scene(SceneIndex)
        /// Worn by the player.
        case worn
        /// In or on another thing (a container or a supporter).
        case within(ThingIndex)
    }
}

/// What happens when the player says something to a person: text and effects,
/// behind an optional guard.
public struct Response: Hashable, Sendable, Codable {
    public var guardCondition: Condition
    /// Shown instead when the guard refuses; nil means the next response is tried.
    public var refusal: Text?
    /// Text and effects, in the order the author wrote them.
    public var effects: [Effect]

    public init(guardCondition: Condition, refusal: Text?, effects: [Effect]) {
        self.guardCondition = guardCondition
        self.refusal = refusal
        self.effects = effects
    }
}

/// A conversation topic of a person: `ask Gordeyev about the river`.
public struct Topic: Hashable, Sendable, Codable {
    /// The phrases that name the topic, each a list of lowercased words without articles.
    public var phrases: [[String]]
    public var response: Response

    public init(phrases: [[String]], response: Response) {
        self.phrases = phrases
        self.response = response
    }
}

/// What the game's own sentences call a person before the player is introduced to them:
/// `called "the woman" until pietsch-named` gives "The woman doesn't seem interested in the
/// cigarettes." until the flag is set, then "Frau Pietsch doesn't seem interested …".
public struct Stranger: Hashable, Sendable, Codable {
    /// The name as written, with its article ("the woman").
    public var name: String
    /// Once this holds, the person's own name is used.
    public var until: Condition

    public init(name: String, until: Condition) {
        self.name = name
        self.until = until
    }
}
