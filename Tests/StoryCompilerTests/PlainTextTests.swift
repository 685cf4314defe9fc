import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// The texts the parser makes at once from a line's bytes when it holds no brace or backslash
/// (`Parser.plainParagraph`, `Parser.isPlainText`), beside those it reads tag by tag: the same
/// text either way (docs/performance.md, "Compile, seventeenth round").
@Suite struct PlainTextTests {
    @Test func paragraphsJoinTheirLinesAndDropALeadingBackslash() throws {
        let result = TinyStory.compile("""
        scene a "A"
          First line,
          \\second line after a backslash,
          \\
          and a line after a lone backslash.

          \\
          Grüße, beyond ASCII.

          Plain, then {if lit}lit{end} on the next line,
          and plain again.

          \\\u{301}kept: a backslash with a combining mark is no backslash of its own.
          on light
            set lit
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let paragraphs = story.scenes[0].description.paragraphs
        #expect(paragraphs.count == 4)
        #expect(paragraphs[0] == [.literal("First line, second line after a backslash,  and a line after a lone backslash.")])
        #expect(paragraphs[1] == [.literal(" Grüße, beyond ASCII.")])
        #expect(paragraphs[2] == [.literal("Plain, then "), .conditional(.flag(0), then: [.literal("lit")], otherwise: []),
                                  .literal(" on the next line, and plain again.")])
        #expect(paragraphs[3] == [.literal("\\\u{301}kept: a backslash with a combining mark is no backslash of its own.")])
    }

    @Test func aParagraphOfOneLoneBackslashIsNoText() throws {
        let result = TinyStory.compile("""
        scene a "A"
          \\
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.scenes[0].description.paragraphs.isEmpty)
    }

    @Test func inlineTextsWithAndWithoutTags() throws {
        let result = TinyStory.compile("""
        scene a "A"
          Here.
          hint Try the {if lit}lamp{end}.
          thing lamp "brass lamp"
            nouns lamp, Light, the lantern
            nouns torch
            adjectives Brass
            here A lamp lies here.
          on rub {lamp}
            say You rub it.
            say Back\\slash and {if lit}glow{end}.
            set lit
          exit east to b
            only if lit, else "It is too dark."
        scene b "B"
          Here.
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let lamp = story.things[0]
        #expect(lamp.nouns == ["lamp", "light", "lantern", "torch"])
        #expect(lamp.adjectives == ["brass"])
        #expect(lamp.hereText == Text(plain: "A lamp lies here."))
        #expect(story.scenes[0].hints[0].text.paragraphs == [[.literal("Try the "), .conditional(.flag(0), then: [.literal("lamp")], otherwise: []), .literal(".")]])
        let effects = story.actions[0].response.effects
        #expect(effects.count == 3)
        if case .say(let text) = effects[0] { #expect(text == Text(plain: "You rub it.")) } else { Issue.record("not a say: \(effects[0])") }
        if case .say(let text) = effects[1] {
            #expect(text.paragraphs == [[.literal("Back\\slash and "), .conditional(.flag(0), then: [.literal("glow")], otherwise: []), .literal(".")]])
        } else {
            Issue.record("not a say: \(effects[1])")
        }
        #expect(story.scenes[0].exits[0].refusal == Text(plain: "It is too dark."))
    }
}
