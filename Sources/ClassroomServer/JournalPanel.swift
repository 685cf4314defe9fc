import AdventureEngine
import StoryModel

/// The journal panel of one student's page, rendered again only when the journal changed, and
/// then only the facts that changed.
///
/// The page shows the whole journal beside the game after every command; rendering all of it
/// (each fact's text, escaped) was most of a command's time in the server, though most commands
/// unlock nothing. A fact's text can depend on the game (`[if …]` in the story), so where any
/// does, the entries are compared instead of the unlocked facts.
struct JournalPanel {
    /// True when no fact's text has a condition: the journal then changes only when a fact unlocks.
    private let textIsFixed: Bool
    private var shown: (factTurns: [Int?], entries: [FactEntry]?, html: String)?
    /// Each fact's HTML as last rendered, by its id.
    private var items: [String: (entry: FactEntry, html: String)] = [:]

    init(story: Story) {
        textIsFixed = story.facts.allSatisfy { Self.isFixed($0.text) }
    }

    /// The panel's HTML for the game as it is now.
    mutating func html(for game: Game) -> String {
        let factTurns = game.state.factTurns
        if textIsFixed, let shown, shown.factTurns == factTurns { return shown.html }
        let entries = game.engine.journalEntries(game.state)
        if let shown, let before = shown.entries, before == entries { return shown.html }
        var items = self.items
        let html = OutputHTML.journal(entries, total: game.story.facts.count) { Self.item($0, kept: &items) }
        self.items = items
        shown = (factTurns, textIsFixed ? nil : entries, html)
        return html
    }

    private static func item(_ entry: FactEntry, kept items: inout [String: (entry: FactEntry, html: String)]) -> String {
        if let kept = items[entry.id], kept.entry == entry { return kept.html }
        let html = OutputHTML.journalItem(entry)
        items[entry.id] = (entry, html)
        return html
    }

    static func isFixed(_ text: Text) -> Bool {
        text.paragraphs.allSatisfy { $0.allSatisfy { if case .literal = $0 { true } else { false } } }
    }
}
