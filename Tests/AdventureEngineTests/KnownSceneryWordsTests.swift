import AdventureEngine
import StoryModel
import Testing

/// A word of the scene's description that names no thing is "just part of the scene", even when
/// a topic or an action's pattern also uses it (a blind author's Christmas truce, session 13:
/// `x ball` got "I understood 'x' but not the rest" while `x caps` was scenery).
@Suite struct KnownSceneryWordsTests {
    static let story = testStory("""
    scene field "A Frozen Field"
      Someone has found a ball. Caps and helmets mark the goals.
      person fritz "Gefreiter Karl Weber"
        nouns karl, weber
        A thin Saxon with spectacles.
        about football, ball
          "We play football? Yes!"
      on kick ball
        You kick the ball across the frozen mud.
    """)

    @Test func aDescriptionWordKnownFromATopicAndAPatternIsScenery() throws {
        let story = try #require(Self.story)
        let scenery = "You don't need to do anything with 'ball': it is just part of the scene."
        #expect(lastReply(story, ["x ball"]) == scenery)
        #expect(lastReply(story, ["look at the ball"]) == scenery)
        #expect(lastReply(story, ["x caps"]) == "You don't need to do anything with 'caps': it is just part of the scene.")
        // The pattern and the topic still work.
        #expect(lastReply(story, ["kick ball"]) == "You kick the ball across the frozen mud.")
        #expect(lastReply(story, ["ask karl about ball"]) == "\"We play football? Yes!\"")
    }

    /// A word a scene's timed event said (a blind author's Broad Street: "A cart rattles past."
    /// then `x cart` was "I don't know the word 'cart'") is scenery too.
    @Test func aWordOfATimedEventIsScenery() throws {
        let story = try #require(testStory("""
        scene street "Broad Street"
          A pump stands in the street.
          after 1 turn
            A cart rattles past.
        """))
        #expect(lastReply(story, ["wait", "x cart"]) == "You don't need to do anything with 'cart': it is just part of the scene.")
    }

    /// A word of a thing's reading that the game knows from elsewhere (`photograph`, one of its
    /// verbs) is scenery too: a blind author's identity card read "Your name, your photograph…",
    /// and `x photograph` had "I understood 'x' but not the rest" (session 33). A phrase of such
    /// words is named whole: `x dressing gown` had been "anything with 'dressing'".
    @Test func aKnownWordOfAThingsReadingAndAPhraseAreScenery() throws {
        let story = try #require(testStory("""
        scene kitchen "The Kitchen"
          A kitchen.
          thing card "identity card"
            starts carried
            read
              Your name, your photograph, your address.
            A small blue booklet.
          person lehmann "Frau Lehmann"
            here Frau Lehmann stands in her doorway in her dressing gown.
            An old woman.
        """))
        #expect(lastReply(story, ["x photograph"]) == "You don't need to do anything with 'photograph': it is just part of the scene.")
        #expect(lastReply(story, ["x dressing gown"]) == "You don't need to do anything with 'dressing gown': it is just part of the scene.")
        // A word of no text here is still not understood.
        #expect(lastReply(story, ["x wave"]) != "You don't need to do anything with 'wave': it is just part of the scene.")
    }
}
