import AdventureEngine
import StoryModel

/// Renders the engine's structured output as text: wrapped, and decorated for the chosen style.
///
/// Every front end and test renders through this one type, so a transcript and a terminal session
/// read the same.
public struct TurnRenderer: Sendable {
    public let wrapper: WordWrapper
    public let style: TextStyle

    public init(width: Int = 80, style: TextStyle = .plain) {
        self.wrapper = WordWrapper(width: width)
        self.style = style
    }

    /// The text of a turn: blocks separated by blank lines, ending with a newline (or empty).
    public func render(_ turn: Turn) -> String {
        // Appended to one string as they come: no array of blocks joined into a second string
        // and copied into a third for the last newline.
        var text = ""
        var first = true
        for output in turn.outputs {
            guard let block = render(output) else { continue }
            if first {
                text = block
                first = false
            } else {
                text += "\n\n"
                text += block
            }
        }
        if !first { text += "\n" }
        return text
    }

    /// One output as a block of lines, or nil for outputs with no text (requests).
    public func render(_ output: Output) -> String? {
        switch output {
        case .title(let title, let author):
            let byline = author.map { "\n" + wrap("by \($0)") } ?? ""
            return style.bold(wrap(title)) + byline
        case .heading(let title, let when, let place):
            let details = [when, place].compactMap { $0 }.joinedText(separator: style == .screenReader ? ". " : " — ")
            return style.bold(wrap(title)) + (details.isEmpty ? "" : "\n" + wrap(details))
        case .paragraph(let text):
            return wrap(text)
        case .lines(let lines):
            return lines.map { wrap($0) }.joinedText(separator: "\n")
        case .exits(let exits):
            let items = exits.map { exit in exit.summary.map { "\(exit.command) (\($0))" } ?? exit.command }
            return wrap("Ways on: " + items.joinedText(separator: "; ") + ".")
        case .factUnlocked(let fact):
            let label = style == .screenReader ? "New fact, \(fact.found) of \(fact.total):" : "[Fact \(fact.found)/\(fact.total)]"
            var lines = [style.colour("1;36", label) + " " + style.bold(fact.title)]
            if let summary = fact.summary {
                // The first fact found says where the rest of it is; later ones keep the screen short.
                let pointer = fact.number == 1 ? " (Type JOURNAL 1 for the full text and its source.)" : ""
                lines.append(wrap(summary + pointer))
            } else {
                lines += fact.text.map { wrap($0) }
            }
            return lines.joinedText(separator: "\n")
        case .journal(let facts, let found, let total):
            return journal(facts, found: found, total: total)
        case .journalIndex(let facts, let total):
            return journalIndex(facts, total: total)
        case .question(let text):
            return wrap(text)
        case .error(let text):
            return style.colour("33", wrap(text))
        case .ending(let report):
            return ending(report)
        case .request:
            return nil
        }
    }

    private func wrap(_ text: String, indent: String = "") -> String {
        wrapper.wrapped(text, indent: indent)
    }

    private func emptyJournal(total: Int) -> String {
        wrap("Your journal is empty. Facts appear here as you reach the places where they happened (0 of \(total)).")
    }

    /// The contents page: one numbered title per line.
    private func journalIndex(_ facts: [FactEntry], total: Int) -> String {
        guard !facts.isEmpty else { return emptyJournal(total: total) }
        let width = String(facts.count).count
        var lines = [style.bold("Journal: \(facts.count) of \(total) facts found")]
        for fact in facts {
            let number = String(repeating: " ", count: width - String(fact.number).count) + "\(fact.number). "
            let wrapped = wrapper.lines(fact.title, indent: String(repeating: " ", count: number.count))
            lines.append(wrapped.enumerated().map { $0.offset == 0 ? number + $0.element.dropFirst(number.count) : $0.element }
                .joinedText(separator: "\n"))
        }
        lines.append("")
        lines.append(wrap("Type JOURNAL and a number to read a fact in full with its source (JOURNAL \(facts.count)), or JOURNAL ALL for every one."))
        return lines.joinedText(separator: "\n")
    }

    /// Entries in full: date and place, text, confidence with its key, and source.
    private func journal(_ facts: [FactEntry], found: Int, total: Int) -> String {
        guard !facts.isEmpty else { return emptyJournal(total: total) }
        let header = facts.count == 1 && found > 1
            ? "Journal: fact \(facts[0].number) of the \(found) you have found (\(total) in the story)"
            : "Journal: \(found) of \(total) facts found"
        var blocks = [style.bold(header)]
        for fact in facts {
            var lines = [wrap("\(fact.number). \(fact.title)")]
            let when = [fact.date, fact.place].compactMap { $0 }.joinedText(separator: "; ")
            if !when.isEmpty { lines.append(wrap(when, indent: "   ")) }
            lines += fact.text.map { wrap($0, indent: "   ") }
            if let confidence = fact.confidenceLine { lines.append(wrap(confidence, indent: "   ")) }
            if let source = fact.source { lines.append(wrap("Source: " + source, indent: "   ")) }
            blocks.append(lines.joinedText(separator: "\n"))
        }
        return blocks.joinedText(separator: "\n\n")
    }

    private func ending(_ report: EndingReport) -> String {
        let marker = style == .screenReader ? "The end: " : "*** "
        let close = style == .screenReader ? "" : " ***"
        var blocks = [style.bold(wrap(marker + report.title + close))]
        blocks += report.text.map { wrap($0) }
        blocks += report.summaryLines.map { wrap($0) }
        return blocks.joinedText(separator: "\n\n")
    }
}
