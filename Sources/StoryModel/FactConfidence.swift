/// How sure the sources are of a fact, on the fact sheet's four-step scale.
///
/// The journal shows the level with a one-line key, so a student can tell a well-attested fact
/// from one that rests on a single weak source.
public enum FactConfidence: String, CaseIterable, Hashable, Sendable, Codable {
    case high
    case mediumHigh = "medium-high"
    case medium
    case low

    /// What the level means, in one line.
    public var key: String {
        switch self {
        case .high: "several independent sources agree"
        case .mediumHigh: "two or more sources agree, but they may not be independent"
        case .medium: "one good source, or sources that agree on the gist but not the details"
        case .low: "a single weak source, or sources that contradict each other"
        }
    }
}
