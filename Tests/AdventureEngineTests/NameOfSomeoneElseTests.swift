import AdventureEngine
import StoryModel
import Testing

/// A question about someone else's name, or about someone else, is never the listener's own
/// topic or someone else's catch-all (a blind author's suffrage march, session 15): Inez answered
/// "what is the horse's name" with her own name; Alice Paul, "what is the name of the woman in
/// the dark hat" with hers; and Wells, who has `about alice, paul`, let Paul's catch-all answer
/// "what do you think of miss paul". Also the game's own question ("Which do you mean, …?")
/// names people as the game's sentences do, and a called name's words name the person.
@Suite struct NameOfSomeoneElseTests {
    static let story = testStory("""
    scene station "Near the Capitol"
      A young woman with a clipboard and an older woman in a dark hat.
      exit "join the march" to avenue
      person paul "Alice Paul"
        nouns woman, paul, alice
        adjectives young
        called "the young woman" until paul-named
        A slight young woman with a clipboard.
        talk
          "We march at three," the young woman says.
        about name
          "Alice Paul," she says.
          set paul-named
        about anything else
          "I'm sorry, I have a hundred things to do."
      person wells "Ida B. Wells-Barnett"
        nouns woman, wells, ida
        adjectives older
        called "the woman in the dark hat" until wells-named
        A Black woman of about fifty.
        talk
          "I march with Illinois," the woman says.
        about name
          "Ida B. Wells-Barnett. Of Chicago."
          set wells-named
        about alice, paul
          "Miss Paul is a clever young woman."
        about anything else
          She looks at you without answering.

    scene avenue "Pennsylvania Avenue"
      The crowd has spilled into the street.
      thing horse "white horse"
        fixed
        A tall white horse.
      person inez "Inez Milholland"
        nouns inez, milholland, woman
        A tall young lawyer on a white horse. She sits very straight.
        talk
          "Keep together!" she calls.
        about name
          "Inez Milholland. Vassar, and the New York bar."
        about horse
          "Her name is Gray Dawn."
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test("the horse's name is the horse's", arguments: ["what is the horse's name", "what is the horses name",
                                                          "ask inez about the horse's name", "what is the name of the horse"])
    func thePossessiveNamesTheHorse(question: String) throws {
        #expect(try reply("join the march", "talk to inez", question) == "\"Her name is Gray Dawn.\"")
    }

    @Test func theListenersOwnNameStaysHers() throws {
        #expect(try reply("join the march", "talk to inez", "what is your name") == "\"Inez Milholland. Vassar, and the New York bar.\"")
    }

    @Test func theNameOfAnotherPersonHereIsTheirs() throws {
        #expect(try reply("talk to young woman", "what is the name of the woman in the dark hat") == "\"Ida B. Wells-Barnett. Of Chicago.\"")
        #expect(try reply("talk to young woman", "what is the older woman's name") == "\"Ida B. Wells-Barnett. Of Chicago.\"")
    }

    @Test func aPersonNamedAfterOfIsWhatTheQuestionIsAbout() throws {
        #expect(try reply("talk to woman in dark hat", "what do you think of miss paul") == "\"Miss Paul is a clever young woman.\"")
        #expect(try reply("talk to woman in dark hat", "what do you think about paul") == "\"Miss Paul is a clever young woman.\"")
    }

    @Test func theGamesQuestionUsesTheCalledNames() throws {
        #expect(try reply("x woman") == "Which do you mean, the young woman or the woman in the dark hat?")
        #expect(try reply("talk to young woman", "what is your name", "x woman")
            == "Which do you mean, Alice Paul or the woman in the dark hat?")
    }

    @Test func aCalledNamesWordsNameThePerson() throws {
        #expect(try reply("talk to woman in dark hat") == "\"I march with Illinois,\" the woman says.")
    }
}
