import AdventureEngine
import StoryModel
import Testing

/// A person's name that also starts one of the story's actions (`on kotzebue was first`) is still
/// a name put first: `kotzebue the russians r at strehla` had been "I understood 'kotzebue' but
/// not the rest" (the fifty-second blind run).
@Suite struct NameThatStartsAnActionTests {
    static let story = testStory("""
    scene barn "The Barn"
      Hay and jerrycans.
      person kotzebue "Kotzebue"
        nouns kotzebue, lieutenant
        The lieutenant, bent over a map.
        about strehla, russians
          "Strehla. Past our five miles," Kotzebue says.
        about anything else
          "Later, Sparks."
      on kotzebue was first
        Nobody here cares who was first.
    """)

    @Test func theNameFirstThenASentenceIsSaidToHim() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["kotzebue the russians r at strehla"]) == "\"Strehla. Past our five miles,\" Kotzebue says.")
        #expect(lastReply(story, ["kotzebue i think the russians are at strehla"]) == "\"Strehla. Past our five miles,\" Kotzebue says.")
    }

    @Test func theStorysOwnActionStillReadsItsWords() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["kotzebue was first"]) == "Nobody here cares who was first.")
    }
}
