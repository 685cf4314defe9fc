import AdventureEngine
import StoryModel
import Testing

/// `him` after speaking with someone nothing marks as a man or a woman, with one man beside
/// them, is the man (a blind author's suffrage march, session 15: Inez, with no `woman` noun and
/// no "she" in her description, answered `ask him about inez` meant for the policeman).
@Suite struct PronounForTheOneWhoFitsTests {
    static let story = testStory("""
    scene avenue "Pennsylvania Avenue"
      The crowd has spilled into the street.
      person officer "policeman"
        nouns officer, policeman, man
        A big policeman in a helmet.
        talk
          "Nothing I can do, lady."
        about inez, rider
          "She'll get herself killed on that horse."
        about anything else
          He shrugs.
      person inez "Inez Milholland"
        nouns inez, milholland, rider
        A tall young lawyer from New York in a white cape, sitting on a white horse.
        talk
          "Keep together!" she calls down to you.
        about home
          "New York."
        about anything else
          "Not now!"
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test func himIsTheOneManHere() throws {
        #expect(try reply("talk to inez", "ask him about inez") == "\"She'll get herself killed on that horse.\"")
    }

    @Test func herStillMeansTheOneSpokenWith() throws {
        #expect(try reply("talk to inez", "ask her about home") == "\"New York.\"")
    }
}
