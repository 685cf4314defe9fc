import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// `nouns press conference`: an item of several words is one noun, its last word, described by
/// the words before it (a blind author's Berlin story, session 27: `press` and `west` had become
/// nouns, so lint took the verb "presses" and "West Berlin" for things a player would type).
@Suite struct NounItemsTests {
    @Test func theLastWordOfAnItemIsTheNounAndTheWordsBeforeItDescribeIt() throws {
        let result = TinyStory.compile("""
        scene a "A"
          A kitchen. A woman from the west.
          thing tv "television"
            nouns tv, set, the press conference
            adjectives wooden
          person woman "woman"
            nouns woman, west berliner
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.things[0].nouns == ["television", "tv", "set", "conference"])
        #expect(story.things[0].adjectives == ["press", "wooden"])
        #expect(story.things[1].nouns == ["woman", "berliner"])
        #expect(story.things[1].adjectives == ["west"])
    }

    @Test func aListOfOneWordItemsIsReadAsBefore() throws {
        let result = TinyStory.compile("""
        scene a "A"
          A kitchen.
          thing lamp "lamp"
            nouns lamp, Light, the lantern
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.things[0].nouns == ["lamp", "light", "lantern"])
        #expect(story.things[0].adjectives.isEmpty)
    }
}
