import AdventureEngine
import StoryModel
import Testing

/// A blind author's lighthouse (session 39): `unlock door` with the key in hand, where the story
/// has `on unlock {door} with {key}`, was "That doesn't seem to be something you can unlock.";
/// `go in tower` for the way "go into the tower" went through the yard's `in` to the cottage.
@Suite struct LighthouseAuthorFindingsTests {
    static let story: Story? = testStory("""
    scene yard "The Yard"
      A yard. A door leads into a tower.
      exit "go into the tower" to tower
        only if tower-open, else "The tower door is locked."
      exit in to cottage
      thing door "tower door"
        nouns door
        adjectives tower
        fixed
        A heavy door.
      thing key "iron key"
        nouns key
        adjectives iron
        An iron key.
      on unlock {door} with {key}
        The key turns.
        set tower-open

    scene tower "The Tower"
      A tower.
      exit out to yard

    scene cottage "The Cottage"
      A cottage.
      exit out to yard
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func unlockingWithTheKeyInHandUsesIt() {
        #expect(reply("take key", "unlock door") == "(with the iron key)\nThe key turns.")
        // The key in sight is used as a tool in sight is for `open`.
        #expect(reply("unlock door") == "(with the iron key)\nThe key turns.")
        // With the key gone, what with is asked.
        #expect(reply("take key", "go in", "drop key", "out", "unlock door").hasPrefix("What do you want to unlock the tower door with?"))
    }

    @Test func aWayIsTypedWithInForInto() {
        #expect(reply("go in tower") == "The tower door is locked.")
        #expect(reply("take key", "unlock door", "go in the tower").hasPrefix("The Tower"))
        #expect(reply("go in").hasPrefix("The Cottage"))
    }
}
