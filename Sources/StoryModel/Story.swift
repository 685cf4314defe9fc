/// A checked, immutable story: the scene graph the engine runs.
///
/// Only the compiler builds a `Story`, after resolving every name, so the engine never sees
/// syntax and never meets a dangling reference. Everything is addressed by index.
public struct Story: Hashable, Sendable, Codable {
    /// The story's parts, as stored, compared, hashed and coded (the keys are the properties' names).
    @usableFromInline
    struct Fields: Hashable, Sendable, Codable {
        @usableFromInline var metadata: Metadata
        @usableFromInline var start: SceneIndex
        @usableFromInline var scenes: [Scene]
        @usableFromInline var things: [Thing]
        @usableFromInline var facts: [Fact]
        @usableFromInline var endings: [Ending]
        @usableFromInline var actions: [Action]
        @usableFromInline var globalActions: [Int]
        @usableFromInline var flags: [String]
        @usableFromInline var counters: [Counter]
        @usableFromInline var world: StoryWorld
    }

    /// The fields behind one reference, so that a copy of a `Story` (every value the engine and
    /// the parser make per command that holds one: a scope, a noun resolver, a renderer) is one
    /// retain rather than one for each of its arrays (docs/performance.md, "Per command, seventh
    /// round"). Changed in place when this story is its only holder, copied first otherwise.
    ///
    /// `fields` is not checked for exclusive access at run time: every read of a story's field
    /// through it (`story.scenes`, `story.things`, … several times a command in the engine and
    /// the parser) called `swift_beginAccess`, about 70 instructions with its access set
    /// (docs/performance.md, "Per command, seventeenth round"). It is changed only through the
    /// `_modify` accessors below, after `makeUnique`, by the compiler building a story; no access
    /// to it outlives the accessor that began it.
    @usableFromInline
    final class Parts: @unchecked Sendable {
        @exclusivity(unchecked) @usableFromInline var fields: Fields

        @usableFromInline
        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    @usableFromInline var parts: Parts

    /// Makes `parts` this story's own before a change.
    @inlinable
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&parts) { parts = Parts(parts.fields) }
    }

    /// The story's header: title, author, id, version, introduction and credits.
    @inlinable public var metadata: Metadata {
        _read { yield parts.fields.metadata }
        _modify { makeUnique(); yield &parts.fields.metadata }
    }
    /// The scene the player starts in.
    @inlinable public var start: SceneIndex {
        _read { yield parts.fields.start }
        _modify { makeUnique(); yield &parts.fields.start }
    }
    @inlinable public var scenes: [Scene] {
        _read { yield parts.fields.scenes }
        _modify { makeUnique(); yield &parts.fields.scenes }
    }
    /// Things and people, in the order they were written.
    @inlinable public var things: [Thing] {
        _read { yield parts.fields.things }
        _modify { makeUnique(); yield &parts.fields.things }
    }
    /// Facts in story order; a fact's number is its index plus one.
    @inlinable public var facts: [Fact] {
        _read { yield parts.fields.facts }
        _modify { makeUnique(); yield &parts.fields.facts }
    }
    @inlinable public var endings: [Ending] {
        _read { yield parts.fields.endings }
        _modify { makeUnique(); yield &parts.fields.endings }
    }
    @inlinable public var actions: [Action] {
        _read { yield parts.fields.actions }
        _modify { makeUnique(); yield &parts.fields.actions }
    }
    /// Indices into `actions` of the actions that work everywhere.
    @inlinable public var globalActions: [Int] {
        _read { yield parts.fields.globalActions }
        _modify { makeUnique(); yield &parts.fields.globalActions }
    }
    @inlinable public var flags: [String] {
        _read { yield parts.fields.flags }
        _modify { makeUnique(); yield &parts.fields.flags }
    }
    @inlinable public var counters: [Counter] {
        _read { yield parts.fields.counters }
        _modify { makeUnique(); yield &parts.fields.counters }
    }
    /// Points, verb synonyms and the player's description; see `WorldModel.swift`.
    @inlinable public var world: StoryWorld {
        _read { yield parts.fields.world }
        _modify { makeUnique(); yield &parts.fields.world }
    }

    public init(metadata: Metadata, start: SceneIndex, scenes: [Scene], things: [Thing], facts: [Fact],
                endings: [Ending], actions: [Action], globalActions: [Int], flags: [String], counters: [Counter]) {
        parts = Parts(Fields(metadata: metadata, start: start, scenes: scenes, things: things, facts: facts, endings: endings,
                             actions: actions, globalActions: globalActions, flags: flags, counters: counters, world: StoryWorld()))
    }

    public static func == (lhs: Story, rhs: Story) -> Bool {
        lhs.parts === rhs.parts || lhs.parts.fields == rhs.parts.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(parts.fields)
    }

    public init(from decoder: Decoder) throws {
        parts = Parts(try Fields(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try parts.fields.encode(to: encoder)
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
