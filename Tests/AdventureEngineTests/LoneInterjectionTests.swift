import AdventureEngine
import StoryModel
import Testing

/// `omg` alone where the story has an action starting with it (`on omg a russian`) is the
/// interjection, never "Omg what? Type a little more …" (issue #11, the thirtieth blind run: it
/// was typed on the meadow of the dead); the story's action still answers its whole phrase.
@Suite struct LoneInterjectionTests {
    static let story = testStory("""
    on omg a russian, wow a russian
      "Easy," says Kowalski. "He's on our side."

    scene meadow "The Meadow"
      A meadow.
    """)

    @Test func anInterjectionAloneIsNeverAnIncompleteCommand() throws {
        let story = try #require(Self.story)
        for word in ["omg", "wow"] {
            #expect(!lastReply(story, [word]).contains("what? Type a little more"))
        }
        #expect(lastReply(story, ["omg a russian"]) == "\"Easy,\" says Kowalski. \"He's on our side.\"")
    }
}
