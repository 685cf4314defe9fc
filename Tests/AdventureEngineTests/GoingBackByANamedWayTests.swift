import AdventureEngine
import StoryModel
import Testing

/// A blind author's Vesuvius story (session 26): `go back` where the only way was named "go
/// back to misenum" answered "There is no way back from here. From here you can go: go back to
/// misenum."
@Suite struct GoingBackByANamedWayTests {
    static let story = testStory("""
    scene harbour "The Harbour"
      Boats.
      exit "go back to misenum" to misenum
    scene misenum "Misenum"
      Home.
    """)

    @Test func goBackTakesTheOneWayNamedBack() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["go back"]).hasPrefix("Misenum"))
        #expect(lastReply(story, ["back"]).hasPrefix("Misenum"))
    }
}
