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
      A tower. The great lamp stands here.
      exit out to yard
      thing lamp "great lamp"
        nouns lamp
        fixed
        The great lamp, dry.
      thing can "oil can"
        nouns can
        An oil can.
      on fill {lamp} with {can}
        You fill the great lamp.
      on light {lamp}
        The lamp blazes.

    scene cottage "The Cottage"
      A cottage. Father sits by the big window.
      exit out to yard
      thing telescope "telescope"
        nouns telescope
        fixed
        A brass telescope.
      thing stove "stove"
        nouns stove
        fixed
        A cold iron stove.
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

    /// More of the author's replies about a lamp that is not here, or a word of the scene's text.
    @Test func aLampThatIsNotHereIsSaidToBeNotHere() {
        // `big` is only a word of the cottage's text: the lamp is what was named.
        #expect(reply("go in", "light the big lamp") == "You can't see any lamp here.")
        #expect(reply("go in", "fill lamp") == "You can't see any lamp here.")
        #expect(reply("go in", "look through window") == "You don't need to do anything with 'window': it is just part of the scene.")
        #expect(reply("go in", "light stove") == "That's not something you can light.")
    }

    @Test func fillingTheLampHereUsesTheToolInSight() {
        #expect(reply("unlock door", "go into the tower", "fill lamp") == "(with the oil can)\nYou fill the great lamp.")
    }
}
