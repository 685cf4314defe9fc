import AdventureEngine
import StoryModel
import Testing

/// A player who says they are lost gets the hint (issue #11, the thirty-second blind run: `idk
/// what to do` said while talking to Brennan had "You shrug. He lets it go."), with or without
/// someone in conversation; the story's own action for the words comes first.
@Suite struct LostPlayerTests {
    static let story = testStory("""
    scene lane "The Lane"
      hint Put the radio on: WEAR RADIO.
      A muddy lane.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A sergeant.
        about anything else
          "Later, Sparks," says Brennan.
      on i dont know what to do
        "Nobody does, Sparks," says Brennan.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the lost-player test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func sayingYouAreLostGetsTheHint() {
        let hint = "Put the radio on: WEAR RADIO."
        for lost in ["idk what to do", "i do not know what to do", "im lost", "i am lost", "dunno what to do", "i dont know where to go"] {
            #expect(reply(lost) == hint, "\(lost)")
            #expect(reply("talk to brennan", lost) == hint, "\(lost) in conversation")
        }
        // The story's own words come first.
        #expect(reply("i dont know what to do") == "\"Nobody does, Sparks,\" says Brennan.")
    }
}
