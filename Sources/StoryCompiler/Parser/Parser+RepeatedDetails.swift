import StoryModel

extension Parser {
    /// A second `source`, `date`, `place`, `summary` or `confidence` of a fact, or `when` or
    /// `where` of a scene, replaces the first: said, never silent. A blind author's Vesuvius
    /// story (session 26) lost its source to a sentence of the text that began with "source of
    /// all this was…", and a wrapped paragraph's "date and…", "source only as…" and "place where…"
    /// replaced all three details, only the first with a warning.
    /// - Parameter seen: the line of the detail given before, set to this one's.
    mutating func warnIfRepeated(_ keyword: String, of owner: String, line: Line, seen: inout Int?) {
        defer { seen = line.number }
        guard let earlier = seen else { return }
        // A line already reported as a keyword read inside a sentence needs no second warning.
        if diagnostics.last.map({ $0.code == .keywordInSentence && $0.range?.start.line == line.number }) == true { return }
        let (rest, _) = restOfLine(line)
        let start = rest.prefix(20)
        warning(.repeatedDetail, "\(owner) already has a '\(keyword)' (line \(earlier)); this second one replaces it",
                at: line.range(at: 0, length: keyword.count),
                help: "if this line continues the text above, start it with a backslash (\\\(keyword) \(start)…); if both belong, put them on one '\(keyword)' line")
    }
}
