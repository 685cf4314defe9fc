import AdventureEngine
import StoryModel
import Testing

/// A timed event due on the turn the story ends does not follow the ending: a blind author's
/// "The candle flame gutters …" came after "Wonderful Things" and the final score.
@Suite struct TimedEventAtTheEndingTests {
    static let source = """
    story "Passage" id passage

    scene passage "Passage"
      A doorway with a small hole.
      on look through hole
        "Wonderful things."
        end wonderful
      after 2 turns
        The candle flame gutters.

    ending wonderful "Wonderful Things" success
      You have seen the tomb.
    """

    func texts(_ commands: String...) throws -> [String] {
        let story = try #require(StoryCompilerShim.compile(Self.source))
        var game = Game(story: story)
        return commands.flatMap { command in
            game.perform(command).outputs.compactMap { output -> String? in
                if case .paragraph(let text) = output { text } else { nil }
            }
        }
    }

    @Test func theEventDueOnTheLastTurnIsNotShown() throws {
        let said = try texts("wait", "look through hole")
        #expect(said.contains("\"Wonderful things.\""))
        #expect(!said.contains("The candle flame gutters."))
    }

    @Test func onAnOrdinaryTurnItIsShown() throws {
        #expect(try texts("wait", "wait").contains("The candle flame gutters."))
    }
}
