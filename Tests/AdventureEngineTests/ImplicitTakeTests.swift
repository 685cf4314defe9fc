import AdventureEngine
import StoryModel
import Testing

/// "(first taking the sun helmet)" is the take `take helmet` would do: the story's own `on take
/// {helmet}` runs, and its refusal stops the verb (a blind author's `wear hat` skipped the flag
/// her `on take {helmet}` set).
@Suite struct ImplicitTakeTests {
    static let source = """
    story "Camp" id camp

    scene camp "Camp"
      A tent in the hot sun.
      thing table "folding table"
        supporter
        fixed
      thing helmet "sun helmet"
        nouns hat
        wearable
        here Your sun helmet hangs on a tent pole.
      on take {helmet}
        You lift the helmet off its pole.
        set helmet-moved
        continue
      thing scarab "gold scarab"
        wearable
      on take {scarab}
        only if knows permit, else "The inspector would never allow it."
        continue
      thing key "small key"
      thing chest "tin chest"
        container
        locked with key
        fixed
      on take {key}
        You prise the key off its nail.
        continue
      thing matches "box of matches"
        nouns matches, box
        starts on table
      on take {matches}
        The matches rattle in their box.
        continue
      thing candle "candle"
      on light {candle}
        only if holding matches, else "You have nothing to light it with."
        You light the candle.

    fact permit "Permit"
      summary A permit.
      The permit.
    """

    static func said(_ game: inout Game, _ command: String) -> [String] {
        game.perform(command).outputs.compactMap { output -> String? in
            switch output {
            case .paragraph(let text): text
            case .error(let text): text
            default: nil
            }
        }
    }

    static func game() throws -> Game {
        Game(story: try #require(StoryCompilerShim.compile(Self.source)))
    }

    @Test func wearingRunsTheStorysTake() throws {
        var game = try Self.game()
        #expect(Self.said(&game, "wear hat")
            == ["(first taking the sun helmet)", "You lift the helmet off its pole.", "You put on the sun helmet."])
    }

    @Test func aRefusedTakeStopsTheVerb() throws {
        var game = try Self.game()
        #expect(Self.said(&game, "wear scarab") == ["(first taking the gold scarab)", "The inspector would never allow it."])
        #expect(Self.said(&game, "i") == ["You are empty-handed."])
    }

    @Test func unlockingTakesTheKeyAsTakeWould() throws {
        var game = try Self.game()
        #expect(Self.said(&game, "unlock chest with key")
            == ["(first taking the small key)", "You prise the key off its nail.", "You unlock the tin chest."])
    }

    @Test func puttingTakesAsTakeWould() throws {
        var game = try Self.game()
        #expect(Self.said(&game, "put key on table")
            == ["(first taking the small key)", "You prise the key off its nail.", "You put the small key on the folding table."])
    }

    @Test func anActionsHoldingGuardTakesAsTakeWould() throws {
        var game = try Self.game()
        #expect(Self.said(&game, "light candle")
            == ["(first taking the box of matches)", "The matches rattle in their box.", "You light the candle."])
    }
}
