import AdventureEngine
import StoryModel
import Testing

/// The fifteenth blind play-test: a yes, no or sorry at the start of a line of several parts.
/// `no, the americans are just across the bridge` to a woman who asked nothing a no answers got
/// "You shake your head, though nobody has asked you anything" before her reply; `yes, i'm
/// calling them` got the sergeant's reply and then the generic tip.
@Suite struct SpokenAlongTests {
    static let source = """
    story "Spoken Along"
      id spoken-along
      by The elbe-adventure tests

    scene road "The Road"
      A road by a bridge.
      person woman "Frau Pietsch"
        nouns woman, pietsch
        A tired woman with a cart.
        about americans, bridge
          "Across the bridge? Danke."
        about anything else
          She is too tired for questions.
      thing cart "Frau Pietsch's cart"
        nouns cart
        fixed
        A handcart.
      thing wheel "wheel of Frau Pietsch's cart"
        nouns wheel
        fixed
        A wheel.
      person carter "Corporal Carter"
        nouns carter, corporal
        A corporal with a radio.
      on yes
        "Good," says Brennan. "Then call."
      exit north to field

    scene field "The Field"
      A field with one other person.
      exit south to road
      person farmer "farmer"
        nouns farmer
        A farmer.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aNoThatAnswersNothingIsHowTheSentenceBegins() {
        #expect(reply("talk to woman", "no, the americans are just across the bridge") == "\"Across the bridge? Danke.\"")
        #expect(reply("talk to woman", "sorry, tell her about the bridge") == "\"Across the bridge? Danke.\"")
        // Alone, the no still says that nobody asked.
        #expect(reply("no").contains("nobody has asked you anything"))
    }

    /// `shake hands with silvashko` where he was not shook the reporter's hand.
    @Test func shakingHandsWithSomeoneNotHereShakesNobodyElses() {
        #expect(reply("n", "shake hands with pietsch") == "Frau Pietsch isn't here.")
        #expect(!reply("shake hands with xyzzy").contains("You shake hands with"))
        #expect(reply("shake hands with pietsch") == "You shake hands with Frau Pietsch.")
    }

    /// The seventeenth run: `thank gordeyev for the party` thanked the person in conversation.
    @Test func thankingSomeoneForSomethingThanksThem() {
        #expect(reply("talk to carter", "thank pietsch for the help") == "You thank Frau Pietsch.")
    }

    /// The seventeenth run: `shake gordeyev's hand` asked "Which do you mean, Gordeyev's cap or
    /// the red star on Gordeyev's cap?".
    @Test func shakingSomeonesHandIsTheirsNotTheirThings() {
        #expect(reply("shake pietsch's hand") == "You shake hands with Frau Pietsch.")
    }

    @Test func wordsSaidAlongWithAnAnswerAreNotAFailure() {
        let answered = reply("yes, i'm calling them xyzzy")
        #expect(answered.hasPrefix("\"Good,\" says Brennan. \"Then call.\""))
        #expect(!answered.contains("xyzzy") && !answered.contains("Try 'look'"))
        // Without an answer before them, words no command reads still say so.
        #expect(reply("no, xyzzy").contains("xyzzy"))
        #expect(reply("look, xyzzy").contains("xyzzy"))
    }
}
