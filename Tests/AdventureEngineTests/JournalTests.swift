import AdventureEngine
import StoryModel
import Testing

/// The journal numbers facts in the order the player found them, and every place that shows a
/// number (the unlock label, `journal`, `journal N`, `score`) agrees.
@Suite struct JournalTests {
    /// Three facts, declared in the order first, second, third; the player finds the third first,
    /// and then the first two in one turn, in reverse story order.
    static let story = StoryCompilerShim.compile("""
    story "Journal" id journal
    scene yard "Yard"
      A yard.
      thing note "note"
      on read {note}
        unlock fact third
      on shout
        unlock fact second
        unlock fact first
    fact first "First"
      summary The short form of the first fact.
      confidence medium-high: for the date
      source A book, 1999
      The long text of the first fact.
    fact second "Second"
      The text of the second fact.
    fact third "Third"
      confidence low
      The text of the third fact.
    """)

    static func labels(_ turn: Turn) -> [String] {
        turn.outputs.compactMap { output in
            if case .factUnlocked(let fact) = output { "\(fact.number)/\(fact.total) \(fact.title)" } else { nil }
        }
    }

    @Test("unlock labels count the facts found, in the order they appear")
    func labelsCountFound() throws {
        var (game, _) = Game.start(story: try #require(Self.story))
        #expect(Self.labels(game.perform("read note")) == ["1/3 Third"])
        #expect(Self.labels(game.perform("shout")) == ["3/3 Second", "2/3 First"],
                "in one turn, facts take story order, whatever order the action unlocks them in")
        #expect(game.engine.journalEntries(game.state).map(\.title) == ["Third", "First", "Second"])
        #expect(game.engine.progressSummary(game.state).hasPrefix("You have unlocked 3 of 3 facts"))
    }

    @Test("journal N shows the fact the unlock label numbered N, with the number of facts found")
    func journalNumberMatchesLabel() throws {
        var (game, _) = Game.start(story: try #require(Self.story))
        _ = game.perform("read note")
        _ = game.perform("shout")
        guard case .journal(let entries, let found, let total)? = game.perform("journal 2").outputs.first else {
            Issue.record("expected a journal entry")
            return
        }
        #expect(entries.map(\.title) == ["First"])
        #expect(found == 3 && total == 3)
        #expect(entries.first?.summary == "The short form of the first fact.")
        #expect(entries.first?.confidence == .mediumHigh)
        #expect(entries.first?.confidenceNote == "for the date")
    }

    @Test("journal without a number lists titles; journal all shows every entry in full")
    func listAndAll() throws {
        var (game, _) = Game.start(story: try #require(Self.story))
        _ = game.perform("read note")
        guard case .journalIndex(let index, 3)? = game.perform("journal").outputs.first else {
            Issue.record("expected the journal's list of titles")
            return
        }
        #expect(index.map(\.title) == ["Third"])
        guard case .journal(let all, 1, 3)? = game.perform("journal all").outputs.first else {
            Issue.record("expected every entry in full")
            return
        }
        #expect(all.map(\.text) == [["The text of the third fact."]])
        #expect(all.first?.confidence == .low)
    }

    @Test("undo takes a fact back out of the numbering")
    func undoRenumbers() throws {
        var (game, _) = Game.start(story: try #require(Self.story))
        _ = game.perform("read note")
        _ = game.perform("undo")
        #expect(Self.labels(game.perform("shout")) == ["2/3 Second", "1/3 First"])
    }
}
