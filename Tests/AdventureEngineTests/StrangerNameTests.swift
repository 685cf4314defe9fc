import AdventureEngine
import StoryCompiler
import StoryModel
import Testing

/// `called "the woman" until pietsch-named`: the game's own sentences do not name a person
/// before the player has been introduced ("Frau Pietsch doesn't seem interested in the
/// cigarettes." before anyone had said her name, several blind runs).
@Suite struct StrangerNameTests {
    static let story = testStory("""
    scene road "The Road"
      A woman in a man's overcoat stands by a cart.
      person pietsch "Frau Pietsch"
        nouns woman, pietsch, frau
        called "the woman" until pietsch-named
        A tired woman in a man's overcoat.
        about name
          "Pietsch," she says. "Frau Pietsch."
          set pietsch-named
      thing cigarettes "cigarettes"
        nouns cigarettes
        starts carried
        A pack of cigarettes.
    """)

    @Test func beforeTheIntroductionTheGameSaysTheWoman() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["give cigarettes to woman"]).hasPrefix("The woman doesn't seem interested"))
        #expect(lastReply(story, ["thank woman"]) == "You thank the woman.")
    }

    @Test func afterTheIntroductionTheGameUsesHerName() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["ask woman about her name", "give cigarettes to woman"]).hasPrefix("Frau Pietsch doesn't seem interested"))
        #expect(lastReply(story, ["ask woman about her name", "thank woman"]) == "You thank Frau Pietsch.")
    }

    @Test func theCompiledFormKeepsTheNameBeforeTheIntroduction() throws {
        let story = try #require(Self.story)
        #expect(story.things.contains { $0.stranger?.name == "the woman" })
        let layout = CompiledStory.layout(of: story)
        let loaded = try layout.withUnsafeBufferPointer { try CompiledStory.story(fromLayout: $0) }
        #expect(loaded == story)
    }
}
