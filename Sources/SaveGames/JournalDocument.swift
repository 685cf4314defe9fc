import AdventureEngine

/// A student's journal as a document to hand in or print.
public struct JournalDocument: Sendable {
    public var player: String
    public var storyTitle: String
    public var facts: [FactEntry]
    public var total: Int
    /// Which game the journal was taken from, shown under the heading.
    public var from: String?
    /// A map of the story's places, shown in the HTML journal.
    public var map: RouteMap?

    public init(player: String, storyTitle: String, facts: [FactEntry], total: Int, map: RouteMap? = nil) {
        self.player = player
        self.storyTitle = storyTitle
        self.facts = facts
        self.total = total
        self.map = map
    }

    public enum Format: String, CaseIterable, Sendable {
        case markdown, html
    }

    public func render(_ format: Format) -> String {
        TerminalSafeText.clean(format == .markdown ? markdown() : html(), keepingLines: true)
    }

    private func markdown() -> String {
        var out = ["# \(storyTitle): the journal of \(player)", "", "\(facts.count) of \(total) facts.", ""]
        if let from { out += ["*\(from)*", ""] }
        for fact in facts {
            out.append("## \(fact.number). \(fact.title)")
            out.append("")
            let when = [fact.date, fact.place].compactMap { $0 }.joined(separator: "; ")
            if !when.isEmpty { out += ["*\(when)*", ""] }
            for paragraph in fact.text { out += [paragraph, ""] }
            if let confidence = fact.confidenceLine { out += [confidence, ""] }
            if let source = fact.source { out += ["Source: \(source)", ""] }
        }
        return out.joined(separator: "\n")
    }

    /// Escaped HTML text with its web addresses turned into links.
    static func linked(_ text: String) -> String {
        var out = ""
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += " " }
            guard word.hasPrefix("http://") || word.hasPrefix("https://") else {
                out += word
                continue
            }
            var address = Substring(word)
            var trailing = ""
            while let last = address.last, ",.;)".contains(last) {
                trailing = String(last) + trailing
                address = address.dropLast()
            }
            out += "<a href=\"\(address)\">\(address)</a>" + trailing
        }
        return out
    }

    private func html() -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                   "<title>\(escape(storyTitle)): the journal of \(escape(player))</title>",
                   "<style>body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.5}.when{font-style:italic}.source{font-size:90%;color:#444}</style>",
                   "</head>", "<body>", "<h1>\(escape(storyTitle)): the journal of \(escape(player))</h1>",
                   "<p>\(facts.count) of \(total) facts.</p>"] + (from.map { ["<p class=\"when\">\(escape($0))</p>"] } ?? [])
        if let map { out += ["<figure>", map.svg(), "<figcaption>\(escape(map.description))</figcaption>", "</figure>"] }
        for fact in facts {
            out.append("<section>")
            out.append("<h2>\(fact.number). \(escape(fact.title))</h2>")
            let when = [fact.date, fact.place].compactMap { $0 }.joined(separator: "; ")
            if !when.isEmpty { out.append("<p class=\"when\">\(escape(when))</p>") }
            out += fact.text.map { "<p>\(escape($0))</p>" }
            if let confidence = fact.confidenceLine { out.append("<p class=\"source\">\(escape(confidence))</p>") }
            if let source = fact.source { out.append("<p class=\"source\">Source: \(Self.linked(escape(source)))</p>") }
            out.append("</section>")
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }
}
