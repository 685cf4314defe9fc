extension FactEntry {
    /// "Confidence: medium (one good source, …). Note: a single journalistic account.", or nil when
    /// the story gives no level. A note that goes on from the level (`high: for the crossing; low
    /// for who went`, `high: that Polowsky reported it`) is read on from it: "Confidence: high for
    /// the crossing; low for who went. (High: several independent sources agree.)" — the
    /// sixty-eighth blind run read "Note: that Polowsky reported it." and could not tell what it
    /// meant. The journal, on screen and on paper, shows this line.
    public var confidenceLine: String? {
        guard let confidence else { return nil }
        guard let note = confidenceNote.map({ $0.hasSuffix(".") ? $0 : $0 + "." }) else {
            return "Confidence: \(confidence.rawValue) (\(confidence.key))."
        }
        if note.hasPrefix("for ") || note.hasPrefix("that ") {
            return "Confidence: \(confidence.rawValue) \(note) (\(confidence.rawValue.prefix(1).uppercased() + confidence.rawValue.dropFirst()): \(confidence.key).)"
        }
        return "Confidence: \(confidence.rawValue) (\(confidence.key)). Note: \(note)"
    }
}
