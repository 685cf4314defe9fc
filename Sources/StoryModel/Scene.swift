/// A place and moment of the story: a node of the scene graph.
public struct Scene: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    /// The date and time line ("25 April 1945, about noon").
    public var when: String?
    /// The place line ("Strehla, west bank of the Elbe").
    public var place: String?
    /// Shown on every arrival unless `revisit` replaces it, and by `look`.
    public var description: Text
    /// Shown before the description on the first arrival only.
    public var firstVisit: Text
    /// Shown instead of the description on later arrivals.
    public var revisit: Text
    /// Facts unlocked on entering.
    public var facts: [FactIndex]
    public var exits: [Exit]
    public var hints: [Hint]
    /// Indices into `Story.actions` of the actions that belong to this scene.
    public var actions: [Int]
    public var range: SourceRange
    /// Darkness and timed events; see `WorldModel.swift`.
    public var world = SceneWorld()

    public init(id: String, title: String, when: String?, place: String?, description: Text, firstVisit: Text,
                revisit: Text, facts: [FactIndex], exits: [Exit], hints: [Hint], actions: [Int], range: SourceRange,
                world: SceneWorld = SceneWorld()) {
        self.id = id
        self.title = title
        self.when = when
        self.place = place
        self.description = description
        self.firstVisit = firstVisit
        self.revisit = revisit
        self.facts = facts
        self.exits = exits
        self.hints = hints
        self.actions = actions
        self.range = range
        self.world = world
    }
}
