/// How saves describe themselves in lists and messages.
extension SaveSummary {
    /// "Strehla, 5 of 40 facts, 1 turn".
    public var progressText: String {
        "\(sceneTitle), \(factsUnlocked.count) of \(totalFacts) facts, \(turns) turn\(turns == 1 ? "" : "s")"
    }
}
