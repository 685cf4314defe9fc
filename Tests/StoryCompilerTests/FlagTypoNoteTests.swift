import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// `set bride-awak` with `{if bride-awake}`: the error stands where the flag is read, and a note
/// names the line that sets the close spelling, where the typo may be (a blind author's Titanic
/// was told "did you mean 'bride-awak'?" at the right spelling, and never shown the wrong one).
@Suite struct FlagTypoNoteTests {
    @Test func theCloseSpellingsSettingIsNamed() throws {
        let result = TinyStory.compile("""
        scene cabin "The Cabin"
          A cabin. {if bride-awake}Bride is up.{end}
          on wake bride
            You wake him.
            set bride-awak
        """)
        let error = try #require(result.diagnostics.first { $0.code == .unknownFlag }, "\(TinyStory.rendered(result))")
        let note = try #require(error.notes.first, "\(TinyStory.rendered(result))")
        #expect(note.message == "'bride-awak' is set here: if that is the typo, correct it there")
        #expect(note.range?.start.line == error.range.map { $0.start.line + 3 })
    }
}
