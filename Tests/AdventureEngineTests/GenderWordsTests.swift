import AdventureEngine
import StoryModel
import Testing

/// The tenth blind play-test: `x woman` with only men here offered "Ortiz or Sergeant Brennan",
/// and `give chocolate to her` gave it to the sergeant. A word or pronoun that says a gender
/// names only people it fits (people whose gender nothing says fit both).
@Suite struct GenderWordsTests {
    static let source = """
    story "Gender Words"
      id gender-words
      by The elbe-adventure tests

    thing chocolate "bar of chocolate"
      nouns chocolate
      starts carried

    scene lane "The Lane"
      Ortiz fills a jeep; Sergeant Brennan smokes.
      exit east to road
      person ortiz "Ortiz"
        nouns ortiz, driver
        A driver. He whistles.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A big patient man. He smokes.

    scene road "The Road"
      A woman and a man stand by a cart.
      exit west to lane
      person pietsch "Frau Pietsch"
        nouns pietsch, frau
        A tired woman in a man's coat.
      person marcel "Marcel"
        nouns marcel
        A small Frenchman. He says he was captured in 1940.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the gender-words story does not compile") }
        return story
    }()

    @Test func aWordForAWomanNeverNamesAMan() {
        #expect(lastReply(Self.story, ["x woman"]) == "You can't see any such thing.")
        #expect(lastReply(Self.story, ["east", "x woman"]) == "A tired woman in a man's coat.")
        #expect(lastReply(Self.story, ["east", "x the guy"]) == "A small Frenchman. He says he was captured in 1940.")
    }

    @Test func herNeverMeansTheManJustSpokenTo() {
        #expect(lastReply(Self.story, ["x brennan", "give chocolate to her"]) == "I'm not sure what 'her' refers to.")
        #expect(lastReply(Self.story, ["east", "x marcel", "x her"]) == "A tired woman in a man's coat.")
        #expect(lastReply(Self.story, ["x brennan", "x him"]) == "A big patient man. He smokes.")
    }
}
