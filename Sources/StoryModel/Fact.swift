/// A historical fact that the player unlocks into the journal.
public struct Fact: Hashable, Sendable, Codable {
    /// The stable slug (`waiting-on-the-mulde`).
    public var id: String
    public var title: String
    public var text: Text
    public var date: String?
    public var place: String?
    /// The full citation: author, title, publisher, year, language.
    public var source: String?
    /// A short form of the text (at most 40 words), shown when the fact unlocks; the journal
    /// shows the full text.
    public var summary: String?
    /// How sure the sources are.
    public var confidence: FactConfidence?
    /// What the confidence applies to, where it differs by detail ("low for the exact materials").
    public var confidenceNote: String?
    public var range: SourceRange

    public init(id: String, title: String, text: Text, date: String?, place: String?, source: String?,
                summary: String? = nil, confidence: FactConfidence? = nil, confidenceNote: String? = nil,
                range: SourceRange) {
        self.id = id
        self.title = title
        self.text = text
        self.date = date
        self.place = place
        self.source = source
        self.summary = summary
        self.confidence = confidence
        self.confidenceNote = confidenceNote
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
