import AdventureEngine
import StoryModel
import Testing

/// Two commands joined by `and` (the nineteenth blind play-test, issue #11): `grab the radio and
/// go inside` takes the radio and goes in, as in Inform; a list of things after one verb (`take
/// card and orders`, `take the sheet, the ink`) stays one command, and so does a story's own
/// pattern with `and` in it.
@Suite struct AndThenTests {
    static let source = """
    story "And Then"
      id and-then
      by The elbe-adventure tests

    scene lane "The Lane"
      A lane by a mill.
      exit in to office "the office"
      thing radio "field radio"
        nouns radio
        A field radio.
      thing card "signal card"
        nouns card
        A card: green for us, red for them.
      thing sheet "white sheet"
        nouns sheet
        A white sheet.
      thing ink "bottle of ink"
        nouns ink, bottle
        A bottle of blue ink.
      on shake hands and smile
        You shake hands all round, smiling.

    scene office "The Office"
      A mill office.
      exit out to lane
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the and-then test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func andBeforeAVerbIsTwoCommands() {
        #expect(reply("grab the radio and go inside", "i").contains("field radio"))
        #expect(reply("grab the radio and go inside", "look").contains("A mill office."))
        #expect(reply("take the radio and go in", "look").contains("A mill office."))
        #expect(reply("take the card and examine it").contains("green for us, red for them"))
    }

    @Test func aListOfThingsStaysOneCommand() {
        #expect(reply("take card and radio", "i").contains("signal card"))
        #expect(reply("take card and radio", "i").contains("field radio"))
        #expect(reply("take the sheet, the ink", "i").contains("bottle of ink"))
        #expect(reply("take the sheet, the ink and the card", "i").contains("signal card"))
    }

    @Test func aStorysOwnPatternWithAndIsKept() {
        #expect(reply("shake hands and smile") == "You shake hands all round, smiling.")
    }
}
