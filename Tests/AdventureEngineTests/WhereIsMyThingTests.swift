import AdventureEngine
import StoryModel
import Testing

/// `where is my star` in the epilogue, where the story has taken the red star away and the jeeps
/// have a painted star: "You last saw the jeeps at the Road East." (a blind student, session 39).
@Suite struct WhereIsMyThingTests {
    static let story: Story? = testStory("""
    thing badge "red enamel star"
      nouns star, badge
      starts carried
      A red enamel star.

    scene road "The Road"
      A road.
      thing jeeps "jeeps"
        nouns jeeps, star
        fixed
        Jeeps with a white star on the bonnet.
      on sleep
        Years pass.
        remove badge
        go to museum

    scene museum "The Museum"
      A museum, today.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func myThingIsTheOneCarriedNotAnotherThingOfThatName() {
        #expect(reply("where is my star") == "You have the red enamel star with you.")
        #expect(reply("sleep", "where is my star") == "You don't have the red enamel star any more.")
        #expect(reply("sleep", "where is the star") == "You last saw the jeeps at the Road.")
    }
}
