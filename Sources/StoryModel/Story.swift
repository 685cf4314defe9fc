/// A checked, immutable story: the scene graph the engine runs.
///
/// Only the compiler builds a `Story`, after resolving every name, so the engine never sees
/// syntax and never meets a dangling reference. Everything is addressed by index.
public struct Story: Hashable, Sendable, Codable {
    public var metadata: Metadata
    public var start: SceneIndex
    public var scenes: [Scene]
    /// Things and people, in the order they were written.
    public var things: [Thing]
    /// Facts in story order; a fact's number is its index plus one.
    public var facts: [Fact]
    public var endings: [Ending]
    public var actions: [Action]
    /// Indices into `actions` of the actions that work everywhere.
    public var globalActions: [Int]
    public var flags: [String]
    public var counters: [Counter]
    /// Points, verb synonyms and the player's description; see `WorldModel.swift`.
    public var world = StoryWorld()

    public init(metadata: Metadata, start: SceneIndex, scenes: [Scene], things: [Thing], facts: [Fact],
                endings: [Ending], actions: [Action], globalActions: [Int], flags: [String], counters: [Counter]) {
        self.metadata = metadata
        self.start = start
        self.scenes = scenes
        self.things = things
        self.facts = facts
        self.endings = endings
        self.actions = actions
        self.globalActions = globalActions
        self.flags = flags
        self.counters = counters
    }

    /// The story header.
    public struct Metadata: Hashable, Sendable, Codable {
        public var title: String
        public var author: String?
        /// A stable id that saves use to recognise their story.
        public var id: String
        public var version: String
        public var introduction: Text
        public var credits: Text

        public init(title: String, author: String?, id: String, version: String, introduction: Text, credits: Text) {
            self.title = title
            self.author = author
            self.id = id
            self.version = version
            self.introduction = introduction
            self.credits = credits
        }
    }

    /// A named integer with its starting value.
    public struct Counter: Hashable, Sendable, Codable {
        public var name: String
        public var initialValue: Int

        public init(name: String, initialValue: Int) {
            self.name = name
            self.initialValue = initialValue
        }
    }
}
