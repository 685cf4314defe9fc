import StoryModel

extension Parser {
    /// The longest summary, in words, that a fact may show when it unlocks.
    static let summaryWordLimit = 40

    /// Parses a fact's `summary TEXT` or `confidence LEVEL[: note]` line.
    ///
    /// `summary` is the short form shown when the fact unlocks (the journal shows the full text).
    /// `confidence` takes one of `high`, `medium-high`, `medium` or `low`, optionally followed by a
    /// colon, semicolon or comma and a note on what the level applies to.
    mutating func parseFactDetail(_ line: Line, keyword: String, into fact: inout FactSyntax) {
        let (rest, offset) = restOfLine(line)
        let range = SourceRange(start: line.location(at: offset), length: max(1, rest.count))
        if keyword == "summary" {
            guard !rest.isEmpty else {
                error(.expectedTitle, "expected the summary's text after 'summary'", at: range,
                      help: "write a short form of the fact, at most \(Self.summaryWordLimit) words: summary On 25 April …")
                return
            }
            let words = rest.split(whereSeparator: \.isWhitespace).count
            if words > Self.summaryWordLimit {
                warning(.unexpectedWords, "the summary has \(words) words; a summary shows when the fact unlocks and has at most \(Self.summaryWordLimit)",
                        at: range, help: "shorten it; the full text stays in the journal")
            }
            fact.summary = String(rest)
            return
        }
        let level = rest.prefix { !$0.isWhitespace && !",;:".contains($0) }
        guard let confidence = FactConfidence(rawValue: level.lowercased()) else {
            let levels = FactConfidence.allCases.map(\.rawValue)
            let found = level.isEmpty ? "nothing" : "'\(level)'"
            error(.expectedWord, "expected a confidence level (\(levels.joined(separator: ", "))) but found \(found)",
                  at: SourceRange(start: line.location(at: offset), length: max(1, level.count)),
                  suggestions: EditDistance.suggestions(for: String(level), among: levels))
            return
        }
        fact.confidence = confidence
        let note = rest.dropFirst(level.count).drop { $0.isWhitespace || ",;:".contains($0) }
        fact.confidenceNote = note.isEmpty ? nil : String(note)
    }
}
