import AdventureEngine
import StoryModel

/// The journal panel of one student's page, rendered again only when the journal changed, and
/// then only the facts that changed; each new panel gets a new `version`, so a page that holds
/// the panel already is not sent it again (`StudentRoutes`).
///
/// The page shows the whole journal beside the game after every command; rendering all of it
/// (each fact's text, escaped) was most of a command's time in the server, though most commands
/// unlock nothing. A fact's text can depend on the game (`{if …}` in the story): the panel is
/// then keyed on the facts found and on what the conditions in their texts read (`ConditionReads`:
/// the scene once, each other test once), which costs a few look-ups a command, not the whole
/// journal rendered and compared, nor every condition worked out.
struct JournalPanel {
    /// What each fact's text reads of the game (its conditions, nested ones too), by fact.
    private let reads: [ConditionReads]
    /// True when no fact's text has a condition: the journal then changes only when a fact unlocks.
    private let textIsFixed: Bool
    /// What the found facts' texts read, worked out again only when the facts found change.
    private var reading: (factTurns: [Int?], reads: ConditionReads)?
    private var shown: (factTurns: [Int?], values: ConditionReads.Values?, html: String)?
    /// Each fact's HTML as last rendered, by its id.
    private var items: [String: (entry: FactEntry, html: String)] = [:]
    /// Names the panel last rendered: a prefix of the session's own and a count of the changes.
    private let prefix: String
    private var changes = 0

    /// - Parameter prefix: makes the versions of one session unlike any other's.
    init(story: Story, prefix: String = "") {
        reads = story.facts.map { ConditionReads(Self.conditions(in: $0.text)) }
        textIsFixed = reads.allSatisfy(\.isEmpty)
        self.prefix = prefix
    }

    /// The version of the panel `html(for:)` last gave.
    var version: String { prefix + String(changes) }

    /// The panel's HTML for the game as it is now.
    mutating func html(for game: Game) -> String {
        let factTurns = game.state.factTurns
        let values = textIsFixed ? nil : reads(for: factTurns).values(in: game)
        if let shown, shown.factTurns == factTurns, shown.values == values { return shown.html }
        let entries = game.engine.journalEntries(game.state)
        var items = self.items
        let html = OutputHTML.journal(entries, total: game.story.facts.count) { Self.item($0, kept: &items) }
        self.items = items
        if html != shown?.html { changes += 1 }
        shown = (factTurns, values, html)
        return html
    }

    /// What the texts of the facts found read of the game.
    private mutating func reads(for factTurns: [Int?]) -> ConditionReads {
        if let reading, reading.factTurns == factTurns { return reading.reads }
        var found = ConditionReads()
        for (fact, turn) in factTurns.enumerated() where turn != nil && fact < reads.count { found.formUnion(reads[fact]) }
        reading = (factTurns, found)
        return found
    }

    private static func item(_ entry: FactEntry, kept items: inout [String: (entry: FactEntry, html: String)]) -> String {
        if let kept = items[entry.id], kept.entry == entry { return kept.html }
        let html = OutputHTML.journalItem(entry)
        items[entry.id] = (entry, html)
        return html
    }

    /// Every condition of a text, in order, those inside another's branches included.
    static func conditions(in text: Text) -> [Condition] {
        var found: [Condition] = []
        func walk(_ parts: [TextPart]) {
            for part in parts {
                if case .conditional(let condition, let then, let otherwise) = part {
                    found.append(condition)
                    walk(then)
                    walk(otherwise)
                }
            }
        }
        text.paragraphs.forEach(walk)
        return found
    }
}
