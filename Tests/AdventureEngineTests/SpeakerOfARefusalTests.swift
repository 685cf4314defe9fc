import AdventureEngine
import Testing

/// Session 37's blind student: after Brennan blocked the way ("Not so fast, Sparks"), `where r u
/// going` asked "Whom do you want to talk to?" with Brennan and Ortiz in the lane.
@Suite struct SpeakerOfARefusalTests {
    static let source = """
    story "Lane" id speaker-of-a-refusal

    scene lane "The Lane"
      A muddy lane.
      exit east to bridge
        only if briefed
        else Sergeant Brennan plants himself in front of you. "Not so fast, Sparks."
      exit north to bridge
        only if briefed
        else The road is blocked by a cart.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        talk
          "Briefing first," Brennan says.
      person ortiz "Ortiz"
        nouns ortiz, driver
        talk
          "Ready."

    scene bridge "The Bridge"
      A bridge.

    flag briefed
    """

    func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.questionsAndReplies(Self.source, commands)
    }

    @Test func theOneWhoSaidNoIsAsked() throws {
        #expect(try replies("east", "where are you going").last == "\"Briefing first,\" Brennan says.")
        #expect(try replies("east", "what are you doing").last == "\"Briefing first,\" Brennan says.")
    }

    @Test func aRefusalNobodySpeaksMakesNobodyTheOne() throws {
        #expect(try replies("north", "where are you going").last == "Whom do you want to talk to?")
    }
}
