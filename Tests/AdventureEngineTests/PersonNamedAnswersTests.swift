import AdventureEngine
import StoryModel
import Testing

/// A person's name first, then a question: that person answers, with their topic for its words,
/// else their reply to anything else; never the hint, the story's reply to an order, or a topic
/// reached by a word corrected from plain English (issue #11, session 13: the forty-second to
/// forty-fifth blind runs).
@Suite struct PersonNamedAnswersTests {
    static let story = testStory("""
    on give {chocolate} to {olena}
      Olena breaks off a square. "Danke."
    on order {ortiz}
      "Wherever you point, Sparks."
    on refuse
      "No comment," you say.

    thing chocolate "bar of chocolate"
      nouns chocolate, bar
      starts carried
      A bar of chocolate.
    thing cigarettes "pack of cigarettes"
      nouns cigarettes, cigarette, pack
      starts carried
      A pack of cigarettes.

    scene lane "The Lane"
      A lane by the mill.
      hint Go IN to the briefing.
      person olena "Olena"
        nouns olena, girl
        A girl in a headscarf.
        about cigarette, cigarettes
          She doesn't smoke.
        about anything else
          "Ask the Frenchman," she says.
      person ortiz "Ortiz"
        nouns ortiz, driver
        A driver.
        about home, where from
          "San Antonio, Texas."
        about anything else
          "First the cart, Sparks."
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant
        A lieutenant with a map.
        about plan
          "We go east and find the Russians," says Kotzebue.
        about anything else
          "Later, Sparks."
      person titov "Titov"
        nouns titov
        A Soviet soldier.
        about anything else
          Titov shrugs.
      person polowsky "Polowsky"
        nouns polowsky, joe
        An interpreter.
        about wrong, ok, okay
          "Nothing's wrong with me, Sparks."
        about anything else
          "Later," he says quietly.
      person mother "Frau Pietsch"
        nouns pietsch, mother
        A mother.
        talk
          "Yes?"
        about coal, cold, winter
          "There is no coal."
      person reporter "reporter"
        nouns whitcomb, reporter
        A war correspondent.
        about anything else
          "Give me a quote, kid."
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the person-named test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func aQuestionThatOffersAThingCarriedGivesIt() {
        #expect(reply("olena do u want chocolate") == "Olena breaks off a square. \"Danke.\"")
        #expect(reply("olena would you like some chocolate") == "Olena breaks off a square. \"Danke.\"")
        // Her topic for the thing answers first.
        #expect(reply("olena do u want a cigarette") == "She doesn't smoke.")
    }

    @Test func theQuestionWordLastIsStillAQuestion() {
        #expect(reply("ortiz u from where") == "\"San Antonio, Texas.\"")
    }

    @Test func aQuestionOfWhatToDoIsAnsweredNotTakenAsAnOrder() {
        #expect(reply("ortiz can we help him") == "\"First the cart, Sparks.\"")
        // An order stays an order.
        #expect(reply("ortiz drive east") == "\"Wherever you point, Sparks.\"")
    }

    @Test func thePersonNamedAnswersInsteadOfTheHint() {
        #expect(reply("kotzebue what do we do") == "\"We go east and find the Russians,\" says Kotzebue.")
        #expect(reply("titov help") == "Titov shrugs.")
        // Without a name, the hint.
        #expect(reply("what do we do") == "Go IN to the briefing.")
    }

    @Test func aPlainEnglishWordIsNoTypoOfATopic() {
        #expect(reply("polowsky were there ukrainians among them") != "\"Nothing's wrong with me, Sparks.\"")
        #expect(reply("ask polowsky about wrnog") == "\"Nothing's wrong with me, Sparks.\"")
        #expect(reply("talk to pietsch", "how old are you") != "\"There is no coal.\"")
        #expect(reply("ask pietsch about the wintr") == "\"There is no coal.\"")
    }

    @Test func theStorysReadingOfTheRestRunsAsWithoutTheName() {
        #expect(reply("whitcomb i cant talk to u sorry") == "\"No comment,\" you say.")
    }
}
