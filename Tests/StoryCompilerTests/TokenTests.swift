import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// What the lexer reads on an instruction line, as an author sees it: ids in any case and
/// alphabet, whole numbers to the edge of `Int`, quoted texts with escapes and curly quote marks.
@Suite struct TokenTests {
    @Test("an id written in capitals, in any alphabet, is the same id")
    func idsInCapitals() throws {
        let result = TinyStory.compile("""
        scene Küche "Küche"
          The kitchen.
          exit NORTH to HALLE
          thing Dose "tin"
            nouns tin
            starts in KÜCHE

        scene halle "Halle"
          The hall.
          exit South to küche
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.scenes.map(\.id) == ["küche", "halle"])
        #expect(story.scenes[0].exits.first?.way == .direction(.north))
        #expect(story.scenes[1].exits.first?.way == .direction(.south))
        #expect(story.things.map(\.id) == ["dose"])
    }

    @Test("a whole number reads to the edge of Int; past it, it is reported as no number")
    func numbersAtTheEdge() throws {
        let result = TinyStory.compile("""
        counter coins starts at -9223372036854775808

        scene a "A"
          A.
          exit east to a only if coins > 9223372036854775807
          exit west to a only if coins > 9223372036854775808
        """)
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors == ["expected a whole number for the comparison, but found '9223372036854775808'"], "\(TinyStory.rendered(result))")
    }

    @Test("a quoted way and a quoted refusal keep their escapes and curly quote marks")
    func quotedTexts() throws {
        let result = TinyStory.compile("""
        scene a "A"
          A.
          exit “over the \\"bridge\\"” or "ford" to b only if crossed, else "Not \\"yet\\"."

        scene b "B"
          B.
          on cross
            set crossed
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let exit = try #require(story.scenes[0].exits.first)
        #expect(exit.way == .named([["over", "bridge"], ["ford"]]))
        #expect(exit.label == "over the \"bridge\"")
        #expect(exit.refusal == Text(plain: "Not \"yet\"."))
    }
}
