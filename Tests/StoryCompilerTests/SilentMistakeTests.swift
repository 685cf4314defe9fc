import StoryCompiler
import Testing
import TestSupport

/// Mistakes that used to compile without a word: each now gets a diagnostic at its line,
/// rendered in full as `check` prints it.
@Suite struct SilentMistakeTests {
    static func rendered(_ source: String) -> String {
        let result = StoryCompiler.compile(source: "story \"T\" id t\n\n" + source, name: "t.story")
        return DiagnosticRenderer().render(result.diagnostics, sources: result.sources)
    }

    /// A blind author's wrapped line after a full stop ("…3:05 p.m." / "when Eagle begins…")
    /// became the scene's date line without a word.
    @Test func aDateLineRightUnderTheTextIsReported() {
        #expect(Self.rendered("""
        scene a "A"
          The clock reads 3:05 p.m.
          when Eagle begins its powered descent, nobody speaks.
        """) == """
        t.story:5:3: warning: this line starts with 'when', so it is read as an instruction, though it reads like a sentence of the text above [keyword-in-sentence]
           5 |   when Eagle begins its powered descent, nobody speaks.
             |   ^~~~
              = if it is text, start it with a backslash (\\when Eagle begins it…) or a capital letter; if it is an instruction, put a blank line above it


        """)
    }

    @Test func effectLinesInAnEndingAreReported() {
        #expect(Self.rendered("""
        scene a "A"
          A room.

        ending won "Won" success
          You made it.
          unlock fact last
        """) == """
        t.story:8:3: error: 'unlock' belongs in an action or topic, not in an ending, so this line would be shown as text [misplaced-keyword]
           8 |   unlock fact last
             |   ^~~~~~
              = an ending only shows text; run 'unlock' in the action or exit that ends the story, before its 'end' line


        """)
    }

    @Test func effectLinesUnderAnUnknownBlockAreReported() {
        #expect(Self.rendered("""
        scene a "A"
          A room.

          every turn
            set bored
        """) == """
        t.story:6:3: error: 'every turn' is not an instruction in a scene, so the lines indented under it, such as 'set bored', would be shown as text [unknown-keyword]
           6 |   every turn
             |   ^~~~~
              = indent those lines under a block that runs them (an action 'on …', an exit, 'talk', 'about'), or remove the block


        """)
    }

    @Test func aLowercasePropertyThatDoesNotExistIsReported() {
        #expect(Self.rendered("""
        scene a "A"
          A room.
          thing lamp "lamp"
            fixd
            A lamp.
          thing cloak "cloak"
            wear cloak
        """) == """
        t.story:6:5: error: 'fixd' is not an instruction in a thing [unknown-keyword]
           6 |     fixd
             |     ^~~~
              = did you mean 'fixed'?
              = if this line is meant as text, start it with a capital letter or a backslash (\\)

        t.story:9:5: error: 'wear cloak' is not an instruction or property of a thing, so it would be shown as text [unknown-keyword]
           9 |     wear cloak
             |     ^~~~~~~~~~
              = if this line is meant as text, start it with a capital letter or a backslash (\\)


        """)
    }

    @Test func textTagsInAWhenLineAndOnlyIfOnAHintLineAreReported() {
        #expect(Self.rendered("""
        scene a "A"
          when {if late}Night{else}Day{end}
          hint Push forward. only if not gate-open
          A room.
        """) == """
        t.story:4:8: error: '{…}' does not work in a 'when' line: the line is shown exactly as written [stray-text-tag]
           4 |   when {if late}Night{else}Day{end}
             |        ^
              = write the date and place plainly; use {if …} in the scene's paragraphs instead

        t.story:5:22: error: 'only if' on the 'hint' line would be shown as part of the hint [misplaced-keyword]
           5 |   hint Push forward. only if not gate-open
             |                      ^~~~~~~
              = put it on its own line, indented under the hint: only if CONDITION


        """)
    }

    @Test func threeMisplacedLinesInARowGiveThreeErrors() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A room.
          thing lamp "lamp"
            A lamp.
            exit north to a
            exit south to a
            exit east to a
        """)
        #expect(result.errors.map(\.code) == [.misplacedKeyword, .misplacedKeyword, .misplacedKeyword])
        #expect(result.errors.map { $0.range?.start.line } == [7, 8, 9])
    }

    @Test func anErrorOnAKeywordLineSaysHowTheLineWasRead() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A room.
          on the railing. The guards wave.
        """)
        #expect(result.errors.first?.message == "'.' cannot be part of a command")
        #expect(result.errors.first?.notes.first?.message.hasPrefix("this line was read as the instruction 'on'") == true)
    }
}

extension SilentMistakeTests {
    @Test func aThingsNameUsedAsItsIdIsExplained() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A room.
          thing id-card "identity card"
            An identity card.
          on show pass
            only if holding identity, else "You have no pass."
            You show it.
        """)
        #expect(result.errors.first?.message == "there is no thing called 'identity'")
        #expect(result.errors.first?.help == "'identity card' is the name of 'id-card'; conditions and effects use ids: 'id-card'")
    }
}
