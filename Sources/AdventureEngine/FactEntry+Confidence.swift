extension FactEntry {
    /// "Confidence: medium (one good source, …). Note: for the date.", or nil when the story
    /// gives no level. The journal, on screen and on paper, shows this line.
    public var confidenceLine: String? {
        guard let confidence else { return nil }
        let note = confidenceNote.map { " Note: " + ($0.hasSuffix(".") ? $0 : $0 + ".") } ?? ""
        return "Confidence: \(confidence.rawValue) (\(confidence.key)).\(note)"
    }
}
