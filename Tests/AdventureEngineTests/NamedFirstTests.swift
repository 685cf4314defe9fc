import AdventureEngine
import StoryModel
import Testing

/// A person's name first, then a question (issue #11, the twenty-sixth and twenty-seventh blind
/// runs): the person named answers, never the one last spoken with (`kotzebue whats the plan`
/// had been answered by Olena), nor their description (`ferris where r we going`); a long name
/// (`man in striped jacket r u hungry`) is a name too; a bare `where` after an answer is put to
/// the person who gave it; `sir` alone between commas belongs to its sentence.
@Suite struct NamedFirstTests {
    static let story = testStory("""
    scene barn "The Barn"
      A barn full of people.
      person olena "Olena"
        nouns olena, woman, girl
        A young woman by the lantern.
        talk
          "The bridge," she says. "There were people on it."
        about anything else
          "Ask the Frenchman. He talks. I don't."
      person marcel "Marcel"
        nouns marcel, frenchman
        A Frenchman with a pipe.
        talk
          "Five years," says Marcel.
        about russians
          "At the Elbe, near Strehla," says Marcel.
        about anything else
          "Ask me about the Russians," says Marcel.
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant
        A lieutenant with a map.
        about plan
          "Find out if anybody in this barn has seen a Russian," says Kotzebue.
        about where going
          "East, to the river," says Kotzebue.
        about anything else
          "Later, Sparks," says Kotzebue.
      person thin-man "man in a striped jacket"
        nouns man, jacket
        adjectives striped
        A thin man on a milestone.
        about hungry, food
          "Es geht," he says.
        about anything else
          He looks at the road.
      exit out to yard

    scene yard "The Yard"
      A muddy yard.
      exit in to barn
      person reporter "reporter"
        nouns whitcomb, reporter
        A reporter with a pencil.
        about anything else
          "Tell me the story," says Whitcomb.
    """)

    /// The last reply to the commands, or a line no expectation accepts when the story fails to compile.
    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the named-first test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func thePersonNamedFirstAnswersNotTheOneInConversation() {
        let plan = "\"Find out if anybody in this barn has seen a Russian,\" says Kotzebue."
        #expect(reply("kotzebue whats the plan") == plan)
        #expect(reply("talk to olena", "kotzebue whats the plan") == plan)
        #expect(reply("talk to olena", "marcel where r the russians") == "\"At the Elbe, near Strehla,\" says Marcel.")
        // The person named has nothing to say of it: their own reply, not Olena's.
        #expect(reply("talk to olena", "marcel whats the news") == "\"Ask me about the Russians,\" says Marcel.")
    }

    @Test func theirTopicForTheWordsAsTypedNeverTheirDescription() {
        #expect(reply("talk to olena", "kotzebue where r we going") == "\"East, to the river,\" says Kotzebue.")
        #expect(reply("marcel where r we going") != "A Frenchman with a pipe.")
    }

    @Test func aPersonNamedWhoIsElsewhereIsNotTheOneInConversation() {
        #expect(reply("talk to marcel", "whitcomb r u mad") == "You can't see any whitcomb here.")
        let met = reply("out", "in", "talk to marcel", "whitcomb r u mad")
        #expect(met.contains("reporter"))
        #expect(!met.contains("Marcel"))
    }

    @Test func aLongNameFirstIsTheNameOfWhomTheQuestionIsFor() {
        #expect(reply("man in striped jacket r u hungry") == "\"Es geht,\" he says.")
        #expect(reply("talk to olena", "man in the striped jacket are you hungry") == "\"Es geht,\" he says.")
    }

    @Test func aBareWhereIsPutToWhoeverJustAnswered() {
        #expect(reply("ask marcel about the russians", "where") == "\"Ask me about the Russians,\" says Marcel.")
        #expect(!reply("where").contains("You where"))
        #expect(reply("where") == "Where what? Type a little more, or 'hint' if you are stuck.")
    }

    @Test func sirBetweenCommasBelongsToItsSentence() {
        let said = reply("talk to marcel", "i am sorry, sir, but we have to go")
        #expect(!said.contains("'sir'"))
        #expect(!reply("talk to marcel", "sir, where are the russians?").contains("'sir'"))
        #expect(reply("talk to marcel", "sir, where are the russians?") == "\"At the Elbe, near Strehla,\" says Marcel.")
    }

    @Test func tellWithoutATopicAsksWhatToTell() {
        #expect(reply("tell marcel") == "What do you want to tell Marcel about?")
        #expect(reply("ask marcel") == "What do you want to ask Marcel about?")
    }
}

/// `ortiz hey`, `marcel good night`: a greeting or farewell after a name is to that person, never
/// an order that the story's own order action refuses (issue #11, the thirtieth blind run: Ortiz
/// answered "Not before the sergeant says so", Marcel "has better things to do").
@Suite struct GreetingAfterANameTests {
    static let story = testStory("""
    on ask {ortiz} to drive
      "Not before the sergeant says so," says Ortiz.

    scene lane "The Lane"
      A lane.
      person ortiz "Ortiz"
        nouns ortiz, driver
        A driver.
        talk
          "Second jeep, Sparks," says Ortiz.
    """)

    @Test func aGreetingOrFarewellAfterANameIsToThatPerson() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["ortiz hey"]) == "\"Second jeep, Sparks,\" says Ortiz.")
        #expect(lastReply(story, ["ortiz yo"]) == "\"Second jeep, Sparks,\" says Ortiz.")
        #expect(lastReply(story, ["ortiz good night"]) == "You wave to Ortiz.")
        #expect(lastReply(story, ["ortiz drive"]) == "\"Not before the sergeant says so,\" says Ortiz.")
    }
}
