import AdventureEngine
import StoryModel
import Testing

/// `where does your sister live` is a question about the sister, not about the listener's home
/// (a blind author's Berlin Wall, session 15: Frau Brandt answered with her own `about home`):
/// the listener's topic for the sister, else their `about anything else`.
@Suite struct HomeOfSomeoneElseTests {
    static let story = testStory("""
    scene street "Bornholmer Straße"
      A crowd on the pavement.
      person brandt "Frau Brandt"
        nouns woman, brandt, frau
        A woman in a red scarf.
        talk
          "Have you heard?" she asks.
        about home
          "Round the corner, in the Bornholmer Straße."
        about anything else
          "Ask me tomorrow," she says.
      person micha "Micha"
        nouns man, micha
        A young man with a bicycle.
        talk
          "Are you coming?" Micha asks.
        about home
          "The fourth floor."
        about sister, family
          "My sister lives in Wedding, on the other side."
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test func whereYourSisterLivesIsNoQuestionAboutTheListenersHome() throws {
        #expect(try reply("talk to woman", "where does your sister live") == "\"Ask me tomorrow,\" she says.")
        #expect(try reply("talk to micha", "where does your sister live") == "\"My sister lives in Wedding, on the other side.\"")
    }

    @Test func whereYouLiveIsStillTheListenersHome() throws {
        #expect(try reply("talk to woman", "where do you live") == "\"Round the corner, in the Bornholmer Straße.\"")
        #expect(try reply("talk to woman", "where are you from") == "\"Round the corner, in the Bornholmer Straße.\"")
    }
}
