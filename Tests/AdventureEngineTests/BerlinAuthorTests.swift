import AdventureEngine
import StoryModel
import Testing

/// A blind author's "The Wall Opens, 9 November 1989" (session 27): German names typed without
/// their letters, and `yes` read as the answer to a question that was no longer the last one.
@Suite struct BerlinAuthorTests {
    static let story = testStory("""
    scene street "Your Street"
      A quiet street in Prenzlauer Berg. At the end of it the Bösebrücke glows under floodlights.
      person uwe "Uwe"
        nouns uwe, neighbour
        A young man leaning on his Trabi.
        talk
          "I am going to Bornholmer Straße to see. You too?"
          set uwe-asked
        about yes
          only if uwe-asked
          "Good. Bring your papers."
          clear uwe-asked
        about schabowski
          "That Schabowski! Did he even know what he was reading?" Uwe laughs.
          clear uwe-asked
        about anything else
          Uwe shrugs. "Ask me at the border."
      person guard "Günter Jäger"
        nouns guard, günter, jäger
        A border guard.
      thing trabi "Trabi"
        nouns trabi, car
        fixed
        A pale blue Trabant.
      thing map "map"
        A city map.
      thing barrier-crowd "crowd behind you"
        fixed
        More people than you have ever seen.
      exit "walk to Bornholmer Straße" to crossing

    scene crossing "The Crossing"
      Floodlights and a barrier.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the Berlin test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func germanNamesTypedWithoutTheirLetters() {
        #expect(reply("x gunter") == "A border guard.")
        #expect(reply("x guenter jaeger") == "A border guard.")
        #expect(reply("x jager") == "A border guard.")
        #expect(reply("walk to bornholmer strasse").contains("Floodlights and a barrier."))
    }

    @Test func aWordOfTheSceneTypedWithoutItsLettersIsPartOfTheScene() {
        #expect(reply("x bosebrucke") == reply("x bösebrücke"))
        #expect(!reply("x bosebrucke").contains("I understood"), "\(reply("x bosebrucke"))")
    }

    @Test func yesAnswersTheQuestionAskedAfterADidYouMean() {
        // "Did you mean 'map'?", then Uwe's question: `yes` is for Uwe.
        #expect(reply("x mqp").contains("Did you mean 'map'?"))
        #expect(reply("x mqp", "talk to uwe", "yes") == "\"Good. Bring your papers.\"")
        // Still the suggestion when nothing was asked since.
        #expect(reply("x mqp", "yes") == "A city map.")
    }

    @Test func yesToARhetoricalQuestionIsANodNotTheReplyToAnythingElse() {
        #expect(reply("talk to uwe", "ask uwe about schabowski", "yes") == "You nod to Uwe.")
    }

    @Test func aNameWithBehindDescribesItsHead() {
        #expect(reply("x crowd") == "More people than you have ever seen.")
        #expect(!reply("x you").contains("More people"))
    }
}
