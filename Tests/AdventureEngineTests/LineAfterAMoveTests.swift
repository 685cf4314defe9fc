import AdventureEngine
import StoryModel
import Testing

/// A blind student, session 39: `go in and look at map then talk to captain` at the mill, where
/// no map hangs, went in and passed over the map without a word (the halves of an `and` were
/// both read where the line began); `this is boring` was said to Ortiz ("Ortiz nods as you say
/// so.") and `boring` read as `bring`.
@Suite struct LineAfterAMoveTests {
    static let story: Story? = testStory("""
    scene lane "The Lane"
      A muddy lane by the mill.
      hint Go IN to the briefing.
      exit in to office "the briefing"
      person ortiz "Ortiz"
        nouns ortiz, driver
        A driver.
        talk
          "Morning," says Ortiz.

    scene office "The Office"
      A mill office.
      hint Look at the map.
      exit out to lane
      thing map "wall map"
        nouns map
        fixed
        A map of the Mulde and the Elbe.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func whatFollowsAMoveIsReadWhereItLeads() {
        #expect(reply("go in and look at map").hasSuffix("A map of the Mulde and the Elbe."))
        #expect(reply("in and x map").hasSuffix("A map of the Mulde and the Elbe."))
        // Out again, the map is left behind: not described from the lane.
        let outside = reply("in", "out and x map")
        #expect(outside.hasPrefix("The Lane") && outside.contains("You have no map with you."), "\(outside)")
    }

    @Test func aComplaintAboutTheGameGetsTheHint() {
        #expect(reply("talk to ortiz", "this is boring") == "Go IN to the briefing.")
        #expect(reply("im bored") == "Go IN to the briefing.")
        #expect(reply("boring") == "Go IN to the briefing.")
        #expect(reply("in", "this game is hard") == "Look at the map.")
        // A reaction to what someone said is still said to them.
        #expect(reply("talk to ortiz", "that sucks") == "Ortiz nods as you say so.")
    }
}
