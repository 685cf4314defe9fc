import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// The ways authors write "otherwise" that a blind author (Vesuvius, session 26) expected to work:
/// `{else if …}` in text, as `else if` works in a body, and a refusal's `else "…"` on the line
/// under its `only if`. Both were errors that pointed elsewhere ("unexpected 'if' after {else",
/// "this 'else' has no 'if' just before it").
@Suite struct ElseWaysTests {
    @Test func elseIfInTextChoosesAmongThreeWithOneEnd() throws {
        let result = TinyStory.compile("""
        scene a "A"
          The lamp is{if lit} bright{else if cold} cold{else} dark{end}.
          on light
            set lit
          on freeze
            set cold
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(result.diagnostics.isEmpty, "\(TinyStory.rendered(result))")
        #expect(story.scenes[0].description.paragraphs == [[
            .literal("The lamp is"),
            .conditional(.flag(0), then: [.literal(" bright")],
                         otherwise: [.conditional(.flag(1), then: [.literal(" cold")], otherwise: [.literal(" dark")])]),
            .literal("."),
        ]])
    }

    @Test func anElseIfChainLeftOpenIsOneErrorAtItsIf() {
        let result = TinyStory.compile("""
        scene a "A"
          The lamp is{if lit} bright{else if cold} cold.
          on light
            set lit
          on freeze
            set cold
        """)
        let rendered = TinyStory.rendered(result)
        #expect(result.story == nil)
        #expect(rendered.components(separatedBy: "has no '{end}'").count == 2, "\(rendered)")
        #expect(rendered.contains("test.story:4:14: error: this '{if' has no '{end}' in its paragraph"), "\(rendered)")
    }

    @Test func anElseIfWithoutAnIfSaysSo() {
        let rendered = TinyStory.rendered(TinyStory.compile("""
        scene a "A"
          The lamp is{else if lit} bright{end}.
          on light
            set lit
        """))
        #expect(rendered.contains("error: this '{else if …}' has no '{if …}' before it"), "\(rendered)")
    }

    @Test func aRefusalOnTheLineUnderOnlyIfIsTheRefusal() throws {
        let result = TinyStory.compile("""
        scene a "A"
          A dark hall.
          exit north to b
            only if lit
            else "Too dark to find the stairs."
          on light
            set lit
          on knock
            only if lit
            else "You cannot see the door."
            You knock.

        scene b "B"
          Upstairs.
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(result.diagnostics.isEmpty, "\(TinyStory.rendered(result))")
        #expect(story.scenes[0].exits[0].refusal?.paragraphs == [[.literal("Too dark to find the stairs.")]])
        let knock = try #require(story.actions.first { $0.patterns.first?.elements == [.word("knock")] })
        #expect(knock.response.refusal?.paragraphs == [[.literal("You cannot see the door.")]])
        #expect(knock.response.effects.count == 1, "the text after the refusal is the action's own")
    }

    @Test func anElseWithNoOnlyIfAboveItIsStillAnError() {
        let rendered = TinyStory.rendered(TinyStory.compile("""
        scene a "A"
          A dark hall.
          on knock
            You knock.
            else "Nothing."
        """))
        #expect(rendered.contains("error: this 'else' has no 'if' just before it"), "\(rendered)")
    }
}
