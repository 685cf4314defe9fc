import AuthoringTools
import StoryCompiler
import Testing

/// A line meant as an effect but kept as text (`\set off`, `set bored` in a scene's paragraph):
/// the warnings that follow from it point at that line and say why it was text.
@Suite struct TextReadLikeEffectTests {
    static func rendered(_ source: String) throws -> String {
        let result = StoryCompiler.compile(source: "story \"T\" id t\n\n" + source, name: "t.story")
        let story = try #require(result.story, "\(DiagnosticRenderer().render(result.diagnostics, sources: result.sources))")
        let warnings = Linter().lint(story, sources: result.sources).filter { $0.code != .deadEndScene && $0.code != .noSuccessEnding }
        return DiagnosticRenderer().render(result.diagnostics + warnings, sources: result.sources)
    }

    @Test func aDeclaredFlagNeverSetPointsAtTheSetLineKeptAsText() throws {
        #expect(try Self.rendered("""
        flag bored

        scene a "A"
          You wait and wait and
          set bored
          on yawn
            only if bored
            You yawn.
        """) == """
        t.story:3:1: warning: the flag 'bored' is read but nothing sets it, so it is always off [flag-never-set]
           3 | flag bored
             | ^~~~~~~~~~
        t.story:7:3: note: line 7 looks like 'set bored' but was read as text because 'set' is not an instruction in a scene (effects run only in an action 'on …', an exit or a topic); did you mean it as an effect?
           7 |   set bored
             |   ^~~~~~~~~


        """)
    }

    /// The blind author escaped line 7 (`\set off`), and the warning still pointed there.
    @Test func aFlagNeverReadPointsAtTheRealSetNotTheEscapedText() throws {
        #expect(try Self.rendered("""
        scene a "A"
          A river bank.
          on sing
            The crew pushed the boat out. Then they
            \\set off
            across the river at dawn.
          on wave
            The men sang.
            set off
        """) == """
        t.story:11:5: warning: the flag 'off' is set but nothing reads it [flag-never-read]
          11 |     set off
             |     ^~~~~~~
              = use it in a condition ('only if off', '{if off}…{end}'), or remove the 'set'


        """)
    }

    @Test func anEndingNeverReachedPointsAtTheEndLineInAnEnding() throws {
        #expect(try Self.rendered("""
        scene a "A"
          A room.
          exit north to b

        scene b "B"
          The end of the road.
          on wave
            end won

        ending won "Won" success
          You made it.

        ending lost "Lost" failure
          You are lost and
          end lost
        """).contains("note: line 17 looks like 'end lost' but was read as text because an ending only shows text"))
    }
}
