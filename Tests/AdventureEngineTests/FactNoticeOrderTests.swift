import AdventureEngine
import StoryModel
import Testing

/// A fact unlocked by an action that lets the built-in verb go on (`continue`) is announced after
/// the built-in's text: `x bridge` in the Elbe story told the fact of the blown bridge before the
/// bridge was described (session 13's story round).
@Suite struct FactNoticeOrderTests {
    static let story = testStory("""
    scene mill "The Mill"
      A mill by a bridge.
      thing bridge "bridge"
        fixed
        The bridge was blown the day before.
      on examine {bridge}
        You look hard at it.
        unlock fact blown
        continue
      on ring bell
        unlock fact blown
        The bell rings.

    fact blown "The Bridge"
      The bridge at Trebsen was blown.
    """)

    /// The kinds of output of the last command, in order: text, or the fact's notice.
    func kinds(_ commands: [String]) throws -> [String] {
        let story = try #require(Self.story)
        var (game, _) = Game.start(story: story)
        var last = Turn()
        for command in commands { last = game.perform(command) }
        return last.outputs.compactMap { output in
            switch output {
            case .paragraph(let text): text
            case .factUnlocked(let entry): "fact: \(entry.title)"
            default: nil
            }
        }
    }

    @Test func theNoticeComesAfterTheBuiltInsText() throws {
        #expect(try kinds(["x bridge"]) == ["You look hard at it.", "The bridge was blown the day before.", "fact: The Bridge"])
    }

    /// Without `continue`, the action's own order stands.
    @Test func anActionsOwnOrderStands() throws {
        #expect(try kinds(["ring bell"]) == ["fact: The Bridge", "The bell rings."])
    }
}
