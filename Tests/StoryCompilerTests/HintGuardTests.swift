import StoryCompiler
import Testing

/// Where a hint's `only if` goes. Session 34's author read "`only if` must be on its own line under
/// a hint" the other way round and wrote `hint only if has-list` with the text below: `check` gave
/// "a hint is one line of text" and "this hint can never be shown: the hint on line 5 has no 'only
/// if'" (the line said `only if`), neither naming the mistake.
@Suite struct HintGuardTests {
    @Test func onlyIfRightAfterHintIsOneErrorThatSaysWhereItGoes() {
        #expect(SilentMistakeTests.rendered("""
        scene a "A"
          A room.
          hint only if has-list
            Read the list on the console.
          hint Look around.
          on read list
            set has-list
        """) == """
        t.story:5:8: error: a hint starts with its text: 'only if' goes on its own line, indented under the hint [misplaced-keyword]
           5 |   hint only if has-list
             |        ^~~~~~~
              = write the hint's text on the 'hint' line, and 'only if has-list' on the line below it, indented


        """)
    }

    @Test func theWayTheDocsShowIsQuiet() {
        #expect(SilentMistakeTests.rendered("""
        scene a "A"
          A room.
          hint Read the list on the console.
            only if has-list
          hint Look around.
          on read list
            set has-list
        """) == "")
    }
}
