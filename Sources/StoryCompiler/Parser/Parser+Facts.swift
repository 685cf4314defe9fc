import StoryModel

extension Parser {
    /// Parses `fact SLUG ["Title"]` with an optional block.
    ///
    /// At the top level it declares a fact. Inside a scene it also unlocks the fact on entering;
    /// there a bare `fact SLUG` only refers to a fact declared elsewhere.
    /// - Returns: the fact's name, for a scene to unlock.
    mutating func parseFact(_ line: Line, inScene: Bool) -> Name? {
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard let id = expectName(&cursor, for: "the fact") else { return nil }
        let title = optionalTitle(&cursor)
        expectEnd(cursor, after: "the fact's title")
        if inScene && title == nil && line.children.isEmpty { return id }
        var fact = FactSyntax(id: id, title: title ?? Self.titleFromID(id.text))
        // The line of each detail given, for a second one (`repeated-detail`).
        var dateLine: Line?, placeLine: Line?, sourceLine: Line?, summaryLine: Line?, confidenceLine: Line?
        for item in items(of: line.children, in: .fact) {
            switch item {
            case .paragraph(let lines):
                for line in lines { reportDetailWrittenAsText(line, of: id.text) }
                fact.text.append(paragraph(lines))
            case .instruction(let child, let keyword):
                rejectChildren(of: child, keyword: keyword)
                let value = restString(child)
                let of = "the fact '\(id.text)'"
                switch keyword {
                case "date":
                    warnIfRepeated(keyword, of: of, line: child, seen: &dateLine)
                    fact.date = value
                case "place":
                    warnIfRepeated(keyword, of: of, line: child, seen: &placeLine)
                    fact.place = value
                case "summary":
                    warnIfRepeated(keyword, of: of, line: child, seen: &summaryLine)
                    parseFactDetail(child, keyword: keyword, into: &fact)
                case "confidence":
                    warnIfRepeated(keyword, of: of, line: child, seen: &confidenceLine)
                    parseFactDetail(child, keyword: keyword, into: &fact)
                default:
                    warnIfRepeated(keyword, of: of, line: child, seen: &sourceLine)
                    fact.source = value
                }
            }
        }
        if fact.text.isEmpty {
            warning(.emptyBlock, "the fact '\(id.text)' has no text", at: id.range,
                    help: "indent the fact's text below its 'fact' line")
        }
        // A fact the journal cannot source (a blind author's `Source: …` line was text, session 36).
        if fact.source == nil, !(inScene && title == nil && fact.text.isEmpty) {
            warning(.factWithoutSource, "the fact '\(id.text)' has no source, so the journal cannot say where it comes from", at: id.range,
                    help: "add a line 'source …' under the fact: the book, archive or web page it comes from")
        }
        tree.facts.append(fact)
        return id
    }

    /// `Source: Stride Toward Freedom`, `Date: 5 December 1955` in a fact's text: a detail
    /// written as on paper, which would be shown as text and lost as a detail (session 36's
    /// author lost the source and the date of a fact so).
    private mutating func reportDetailWrittenAsText(_ line: Line, of fact: String) {
        let text = line.text
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 12 else { return }
        let word = text[..<colon].lowercased()
        let details: [String: String] = ["source": "source", "sources": "source", "date": "date", "when": "date",
                                         "place": "place", "where": "place", "confidence": "confidence", "summary": "summary"]
        guard let keyword = details[word] else { return }
        let rest = text[text.index(after: colon)...].drop(while: { $0 == " " })
        error(.unknownKeyword, "'\(text[...colon])' is written as the fact's text, so the fact '\(fact)' would have no \(keyword)",
              at: line.range(at: 0, length: text.distance(from: text.startIndex, to: colon) + 1),
              help: "write the detail in lowercase without the colon: \(keyword) \(rest)")
    }

    /// Parses `ending ID "Title" success|failure` and its text.
    mutating func parseEnding(_ line: Line) {
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard let id = expectName(&cursor, for: "the ending") else { return }
        let title = optionalTitle(&cursor) ?? Self.titleFromID(id.text)
        var isSuccess = false
        if cursor.accept("success") {
            isSuccess = true
        } else if !cursor.accept("failure") && cursor.peek != nil {
            let word = cursor.peek.map { cursor.text(of: $0) } ?? ""
            error(.expectedWord, "expected 'success' or 'failure' after the ending's title, but found '\(word)'",
                  at: cursor.here, suggestions: EditDistance.suggestions(for: word, among: ["success", "failure"]))
            cursor.skipToEnd()
        }
        expectEnd(cursor, after: "the ending")
        var ending = EndingSyntax(id: id, title: title, isSuccess: isSuccess)
        ending.text = items(of: line.children, in: .ending).compactMap {
            if case .paragraph(let lines) = $0 { return paragraph(lines) }
            return nil
        }
        tree.endings.append(ending)
    }
}
