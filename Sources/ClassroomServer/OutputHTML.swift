import AdventureEngine
import OutputRendering

/// Renders the engine's outputs as HTML fragments for the student page, styled as the terminal
/// styles them: scene headings, fact unlocks, errors, the journal, endings. All text is escaped.
enum OutputHTML {
    static func render(_ turn: Turn) -> String {
        turn.outputs.compactMap(render).joined(separator: "\n")
    }

    static func render(_ output: Output) -> String? {
        let e = HTMLText.escape
        switch output {
        case .title(let title, let author):
            return "<h2 class=\"title\">\(e(title))</h2>" + (author.map { "<p class=\"byline\">by \(e($0))</p>" } ?? "")
        case .heading(let title, let when, let place):
            let details = [when, place].compactMap { $0 }.map(e).joined(separator: " — ")
            return "<h3 class=\"scene\">\(e(title))</h3>" + (details.isEmpty ? "" : "<p class=\"when\">\(details)</p>")
        case .paragraph(let text):
            return "<p>\(e(text))</p>"
        case .lines(let lines):
            return "<p>" + lines.map(e).joined(separator: "<br>") + "</p>"
        case .exits(let exits):
            let items = exits.map { exit in e(exit.summary.map { "\(exit.command) (\($0))" } ?? exit.command) }
            return "<p class=\"exits\">Ways on: " + items.joined(separator: "; ") + ".</p>"
        case .factUnlocked(let fact):
            let body = fact.summary.map { ["\($0) (The whole text and its source are in your journal.)"] } ?? fact.text
            return "<div class=\"fact\"><p><span class=\"fact-label\">[Fact \(fact.found)/\(fact.total)]</span> <strong>\(e(fact.title))</strong></p>"
                + body.map { "<p>\(e($0))</p>" }.joined() + "</div>"
        case .journal(let facts, let found, let total):
            return "<div class=\"journal-text\">" + journal(facts, total: total, found: found) + "</div>"
        case .journalIndex(let facts, let total):
            return "<div class=\"journal-text\">" + journalIndex(facts, total: total) + "</div>"
        case .question(let text):
            return "<p class=\"question\">\(e(text))</p>"
        case .error(let text):
            return "<p class=\"error\">\(e(text))</p>"
        case .ending(let report):
            var out = "<div class=\"ending\"><h3>*** \(e(report.title)) ***</h3>" + report.text.map { "<p>\(e($0))</p>" }.joined()
            out += report.summaryLines.map { "<p>\(e($0))</p>" }.joined() + "</div>"
            return out
        case .request:
            return nil
        }
    }

    /// The journal's contents: the titles, numbered in the order found (`journal` without a number).
    static func journalIndex(_ facts: [FactEntry], total: Int) -> String {
        let e = HTMLText.escape
        guard !facts.isEmpty else { return journal(facts, total: total) }
        return "<p class=\"journal-count\">\(facts.count) of \(total) facts found</p><ol class=\"journal-list\">"
            + facts.map { "<li value=\"\($0.number)\">\(e($0.title))</li>" }.joined()
            + "</ol><p>Type 'journal' and a number to read one fact in full.</p>"
    }

    /// The journal: the side panel and the `journal` command.
    /// - Parameter item: renders one fact (the side panel passes one that remembers them).
    /// - Parameter found: how many facts the student has found, when `facts` are only some of them
    ///   (`journal 2`): the heading then names the one fact shown, as the terminal does.
    static func journal(_ facts: [FactEntry], total: Int, found: Int? = nil, item: (FactEntry) -> String = journalItem) -> String {
        guard !facts.isEmpty else {
            return "<p>Your journal is empty. Facts appear here as you reach the places where they happened (0 of \(total)).</p>"
        }
        let found = found ?? facts.count
        let heading = facts.count == 1 && found > 1
            ? "Fact \(facts[0].number) of the \(found) you have found (\(total) in the story)"
            : "\(found) of \(total) facts found"
        var out = "<p class=\"journal-count\">\(heading)</p><ol class=\"journal-list\">"
        for fact in facts { out += item(fact) }
        return out + "</ol>"
    }

    /// One fact of the journal, in full.
    static func journalItem(_ fact: FactEntry) -> String {
        let e = HTMLText.escape
        var out = "<li value=\"\(fact.number)\"><strong>\(e(fact.title))</strong>"
        let when = [fact.date, fact.place].compactMap { $0 }.joined(separator: "; ")
        if !when.isEmpty { out += "<p class=\"when\">\(e(when))</p>" }
        out += fact.text.map { "<p>\(e($0))</p>" }.joined()
        if let source = fact.source { out += "<p class=\"source\">Source: \(e(source))</p>" }
        // The whole line the terminal and the printed journal show, with its note (a browser's
        // journal had the level alone: "Confidence: medium", without what it was medium for).
        if let confidence = fact.confidenceLine { out += "<p class=\"confidence\">\(e(confidence))</p>" }
        return out + "</li>"
    }
}
