import StoryModel

extension Parser {
    /// A second `source`, `date`, `place`, `summary` or `confidence` of a fact, `when` or `where`
    /// of a scene, or `here`, `read`, `talk` or `called` of a thing or person replaces the first:
    /// said, never silent. A blind author's Vesuvius story (session 26) lost its source to a
    /// sentence of the text that began with "source of all this was…", and a wrapped paragraph's
    /// "date and…", "source only as…" and "place where…" replaced all three details, only the
    /// first with a warning.
    ///
    /// When one of the two lines comes right after text that stops mid-sentence (it had a
    /// `keyword-in-sentence` warning), it is a wrapped line of the text, nearly for certain: the
    /// detail the author wrote is lost and the text is cut, so that is an error, in place of the
    /// warning, at the wrapped line (a blind author's "His own memoir is the main" / "source for
    /// these hours." replaced the fact's real source with only the general warning, session 33).
    /// - Parameter seen: the line of the detail given before, set to this one.
    mutating func warnIfRepeated(_ keyword: String, of owner: @autoclosure () -> String, line: Line, seen: inout Line?) {
        defer { seen = line }
        guard let earlier = seen else { return }
        if let wrapped = [line, earlier].first(where: { keywordInSentenceLines[$0.number] != nil }) {
            let stopsMidSentence = keywordInSentenceLines[wrapped.number] == true
            forgetKeywordInSentence(at: wrapped)
            let other = wrapped === line ? earlier : line
            let (rest, _) = restOfLine(wrapped)
            let reading = wrapped === line
                ? "so it is read as a '\(keyword)' of \(owner()) and replaces the one on line \(other.number)"
                : "so it is read as a '\(keyword)' of \(owner()), which the one on line \(other.number) then replaces"
            let why = stopsMidSentence ? "the text above stops mid-sentence" : "it reads like a sentence of the text above"
            error(.repeatedDetail,
                  "this line starts with '\(keyword)', \(reading), though \(why): the text is cut here",
                  at: wrapped.range(at: 0, length: keyword.count),
                  help: "if it continues the text, start it with a backslash (\\\(keyword) \(Self.shortened(rest)))")
            return
        }
        let (rest, _) = restOfLine(line)
        let start = rest.prefix(20)
        warning(.repeatedDetail, "\(owner()) already has a '\(keyword)' (line \(earlier.number)); this second one replaces it",
                at: line.range(at: 0, length: keyword.count),
                help: "if this line continues the text above, start it with a backslash (\\\(keyword) \(start)…); if both belong, put them on one '\(keyword)' line")
    }

    /// The first words of a line's rest for a help: up to 20 Characters, with "…" when cut.
    static func shortened(_ rest: Substring) -> String {
        rest.count > 20 ? rest.prefix(20) + "…" : String(rest)
    }

    /// Takes back the `keyword-in-sentence` warning of a line, for an error that says more.
    mutating func forgetKeywordInSentence(at line: Line) {
        keywordInSentenceLines[line.number] = nil
        diagnostics.removeAll { $0.code == .keywordInSentence && $0.range?.start.line == line.number && $0.range?.start.fileName == file }
    }
}

/// The line of each detail of a thing or person given so far, for a second one (`repeated-detail`).
struct ThingDetailLines {
    var here: Line?
    var read: Line?
    var talk: Line?
    var called: Line?
}
