import AdventureEngine
import StoryModel
import Testing

/// Whom a line is for (issue #11, the thirty-second to thirty-fourth blind runs): a reaction to
/// the person in conversation (`omg 5 years`, `thats so long` after Marcel's five years) stays
/// with them, never another person's topic that shares a word (Brennan's `years`, `long`); a
/// where-question after a name (`brennan where is the captain`) is answered by the person named
/// when what it asks about is not here, never by the one last spoken with; a greeting with the
/// name after it (`morning ortiz`) greets that person.
@Suite struct WhomALineIsForTests {
    static let story = testStory("""
    scene barn "The Barn"
      A barn full of people.
      person marcel "Marcel"
        nouns marcel, frenchman
        A Frenchman with a razor.
        talk
          "Five years," says Marcel.
        about home, lyon
          "Lyon," says Marcel. "My wife at the window."
        about anything else
          "Ask me about the Russians," says Marcel.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant, sarge
        A sergeant counting jerrycans.
        about army, how long, years, long
          "Long enough to know better than to answer that, kid," says Brennan.
        about anything else
          "Later, Sparks. Ask the captain in there," says Brennan.
      person ortiz "Ortiz"
        nouns ortiz, driver
        A driver with his cap over his eyes.
        talk
          "Enough for one day, Sparks," says Ortiz.
        about brennan, sergeant
          "He shouts because he likes you," says Ortiz.
        about marcel, frenchman
          "Marcel? He'll be home by summer," says Ortiz.
        about anything else
          "I just drive," says Ortiz.
      person worker "young Polish worker"
        nouns worker, pole
        adjectives young, polish
        A young Polish worker.
        about anything else
          "Come, come," says the worker.
      exit in to office
      exit east to street

    scene street "The Street"
      A street full of freed prisoners.
      exit west to barn
      person titov "Titov"
        nouns titov
        A young Soviet soldier.
        talk
          "I come," says Titov, and limps off toward the castle.
          move titov to office
      on why do you want to know
        only if titov is here
        "Because I go home," says Titov.
      person prisoners "freed prisoners"
        nouns prisoners
        Freed prisoners.
      person corporal "British corporal"
        nouns corporal
        A corporal from Leeds.

    scene office "The Office"
      A mill office.
      exit out to barn
      person ferris "Captain Ferris"
        nouns ferris, captain
        A captain at a map.
    """)

    /// The last reply to the commands, or a line no expectation accepts when the story fails to compile.
    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the whom-a-line-is-for test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func aReactionStaysWithThePersonInConversation() {
        let brennan = "\"Long enough to know better than to answer that, kid,\" says Brennan."
        for reaction in ["omg 5 years", "thats so long", "wow five years"] {
            let answer = reply("talk to marcel", reaction)
            #expect(answer != brennan, "\(reaction)")
            #expect(!answer.contains("Brennan"), "\(reaction)")
        }
        // A question to "you" next still goes to Marcel, his topic for its words.
        #expect(reply("talk to marcel", "omg 5 years", "whats ur job back home") == "\"Lyon,\" says Marcel. \"My wife at the window.\"")
        // Brennan's topic is still his when he is asked.
        #expect(reply("talk to marcel", "brennan how long have u been in the army") == brennan)
    }

    @Test func aWhereQuestionAfterANameIsAnsweredByThatPerson() {
        let brennan = "\"Later, Sparks. Ask the captain in there,\" says Brennan."
        #expect(reply("talk to ortiz", "brennan where is the captain") == brennan)
        #expect(reply("brennan wheres the captain") == brennan)
        // Misspelt and corrected, the same (the thirty-third run had asked "Whom do you want to
        // ask about captain brennan?").
        #expect(reply("talk to ortiz", "brenan wheres the captain").hasSuffix(brennan))
        // What is here is still said to be here.
        #expect(reply("brennan where is ortiz") == "Ortiz is here.")
    }

    @Test func aGreetingWithTheNameAfterItGreetsThatPerson() {
        #expect(reply("talk to brennan", "morning ortiz") == "\"Enough for one day, Sparks,\" says Ortiz.")
        #expect(reply("talk to brennan", "good morning ortiz") == "\"Enough for one day, Sparks,\" says Ortiz.")
    }

    @Test func howSomeoneIsHoldingUpIsAskedNotAGreeting() {
        #expect(reply("talk to marcel", "brennan how r u holding up").contains("I'm all right"))
        #expect(reply("talk to marcel", "brennan r u ok tho").contains("I'm all right"))
    }

    @Test func aLongNameThatStartsWithAVerbBeforeYou() {
        // `polish worker u seem sad`: `polish` is a verb, but `you` next makes it a name.
        #expect(reply("talk to marcel", "polish worker u seem sad").contains("young Polish worker"))
        #expect(!reply("talk to marcel", "polish worker u seem sad").contains("understood"))
    }

    @Test func aQuestionAboutSomeoneHereAfterANameIsTheirTopic() {
        // Not Marcel's description: Ortiz's topic for him.
        #expect(reply("talk to brennan", "ortiz is marcel ok") == "\"Marcel? He'll be home by summer,\" says Ortiz.")
    }

    @Test func aQuestionToSomeoneWhoJustLeftSaysSo() throws {
        let story = try #require(Self.story)
        let answer = lastReply(story, ["east", "talk to titov", "where r u from"])
        #expect(answer.hasPrefix("Titov was here, but has gone."), "\(answer)")
        #expect(answer.contains("Whom do you want to ask"), "\(answer)")
    }

    @Test func aStoryActionForSomeoneWhoJustLeftSaysTheyLeft() {
        #expect(reply("east", "why do you want to know") == "\"Because I go home,\" says Titov.")
        #expect(reply("east", "talk to titov", "why do you want to know") == "Titov was here, but has gone.")
    }
}
