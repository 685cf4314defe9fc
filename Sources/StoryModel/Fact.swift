/// A historical fact that the player unlocks into the journal.
public struct Fact: Hashable, Sendable, Codable {
    /// The stable slug (`waiting-on-the-mulde`).
    public var id: String
    public var title: String
    public var text: Text
    public var date: String?
    public var place: String?
    public var source: String?
    public var range: SourceRange

    public init(id: String, title: String, text: Text, date: String?, place: String?, source: String?, range: SourceRange) {
        self.id = id
        self.title = title
        self.text = text
        self.date = date
        self.place = place
        self.source = source
        self.range = range
    }
}

/// One way the story can end.
public struct Ending: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var text: Text
    /// True for an ending the story counts as a success.
    public var isSuccess: Bool
    public var range: SourceRange

    public init(id: String, title: String, text: Text, isSuccess: Bool, range: SourceRange) {
        self.id = id
        self.title = title
        self.text = text
        self.isSuccess = isSuccess
        self.range = range
    }
}

/// A hint for a scene, shown by `hint` while its guard holds.
public struct Hint: Hashable, Sendable, Codable {
    public var guardCondition: Condition
    public var text: Text

    public init(guardCondition: Condition, text: Text) {
        self.guardCondition = guardCondition
        self.text = text
    }
}
