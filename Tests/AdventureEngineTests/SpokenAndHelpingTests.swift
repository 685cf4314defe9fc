import AdventureEngine
import StoryModel
import Testing

/// Extra words after a verb that needs none (issue #11, the sixth play-test): `shout we are
/// americans` is the shout; `help them push the cart` is pushing the cart, not the HELP list.
@Suite struct SpokenAndHelpingTests {
    static let source = """
    story "Spoken Test"
      id spoken-test
      by The elbe-adventure tests

    scene road "The Road"
      A woman and her cart are stuck in the mud by the river.
      thing cart "handcart"
        nouns cart, handcart
        fixed
        A handcart, stuck.
      person woman "Frau Pietsch"
        nouns woman, pietsch
        here Frau Pietsch pushes at the cart.
        A tired woman.
      on push {cart}, help {woman}
        You heave, and the cart comes free.
      on shout
        Your shout carries over the river.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the spoken test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aShoutWithWordsIsTheShout() {
        #expect(reply("shout") == "Your shout carries over the river.")
        #expect(reply("shout we are americans") == "Your shout carries over the river.")
        #expect(reply("yell hello over there") == "Your shout carries over the river.")
        #expect(reply("scream") == "Your shout carries over the river.")
    }

    @Test func helpingSomeoneDoSomethingIsDoingIt() {
        #expect(reply("help them push the cart") == "You heave, and the cart comes free.")
        #expect(reply("help her push the cart") == "You heave, and the cart comes free.")
        #expect(reply("help push the cart") == "You heave, and the cart comes free.")
        #expect(reply("help the woman with the cart") == "You heave, and the cart comes free.")
        // Alone, `help` is still the list of commands.
        #expect(reply("help").hasPrefix("Type what you want to do"))
    }
}
