import AdventureEngine
import StoryModel
import Testing

/// Thanks, greetings and small talk that went astray in the twenty-eighth and twenty-ninth blind
/// runs (issue #11): a name then thanks, thanks ending in a name, `how are you today`, `read the
/// journal`, `lol` alone, `tovarish!`.
@Suite struct ThanksAndGreetingsTests {
    static let story: Story? = testStory("""
    scene lane "The Lane"
      A muddy lane.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A tired sergeant.
        talk
          "Morning, Sparks," says Brennan.
      person ortiz "Ortiz"
        nouns ortiz, driver
        Your driver.
        about funny, joke, lol
          "Very funny," says Ortiz.
        talk
          "Jeep's ready," says Ortiz.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func aNameThenThanksThanksThatPerson() {
        #expect(reply("brennan thx for looking after me") == "You thank Sergeant Brennan.")
        #expect(reply("talk to brennan", "ortiz, thank you for everything") == "You thank Ortiz.")
    }

    @Test func thanksEndingInANameThankThatPerson() {
        #expect(reply("talk to brennan", "thank you for your help, ortiz") == "You thank Ortiz.")
        #expect(reply("talk to ortiz", "thx for the help brennan") == "You thank Sergeant Brennan.")
    }

    @Test func howAreYouTodayIsNoDateQuestion() {
        #expect(reply("talk to brennan", "how are you today") == "\"Morning, Sparks,\" says Brennan.")
    }

    @Test func readingTheJournalIsTheJournal() {
        #expect(reply("read the journal") == reply("journal"))
        #expect(reply("read my journal") == reply("journal"))
    }

    @Test func aLaughAloneIsALaughEvenWhenTheStoryKnowsTheWord() {
        #expect(reply("talk to brennan", "lol") == "You grin.")
    }

    @Test func comradeAloneGreets() {
        #expect(reply("talk to ortiz", "tovarish") == "\"Jeep's ready,\" says Ortiz.")
        #expect(reply("talk to brennan", "comrade") == "\"Morning, Sparks,\" says Brennan.")
    }

    /// A blind student, session 39: "Whom do you want to ask about up joe?"
    @Test func whatsUpWithANameGreetsThem() {
        #expect(reply("whats up ortiz") == "\"Jeep's ready,\" says Ortiz.")
        #expect(reply("sup brennan") == "\"Morning, Sparks,\" says Brennan.")
        #expect(reply("wassup sergeant") == "\"Morning, Sparks,\" says Brennan.")
        #expect(!reply("whats up").contains("about up"))
    }
}
