import AdventureEngine
import StoryModel
import Testing

/// Whom a question is about and whom a line is for (issue #11, session 14, from the fortieth to
/// the forty-ninth blind runs): `How old is your daughter?` had the mother's own age; `What is
/// your name, little girl?` answered and then said "I don't know the word 'little'"; `Which camp
/// were you in?` asked "Whom do you want to ask about camp in?"; `is this vodka` was "Commands
/// start with a verb"; `kotzebue was first` said to the reporter was "Kotzebue isn't here.";
/// `Thank you, corporal.` with two corporals here thanked Staub, who is none.
@Suite struct QuestionsAboutOthersTests {
    static let story = testStory("""
    scene road "The Road"
      A road full of people.
      exit east to yard
      person pietsch "Frau Pietsch"
        nouns pietsch, woman, mother
        A tired woman with a handcart.
        talk
          "From Silesia," she says.
        about age, old, how old
          "Forty. Today I feel a hundred."
        about lotte, girl, daughter, child
          "Lotte. Six years old."
        about anything else
          She is too tired for questions.
      person lotte "Lotte"
        nouns lotte, girl, child
        A girl of about six.
        talk
          She hides behind her mother's coat.
        about name, your name
          "Lotte," her mother says for her.
      person ortiz "Ortiz"
        nouns ortiz, driver
        Your driver, at the wheel.
        talk
          "Don't whistle, Sparks. Whistling is my job."
        about whistling, whistle, tune
          "Because you can't carry a tune, Sparks."
        about anything else
          Ortiz shrugs.
      thing mug "mug"
        nouns mug, cup, vodka
        A tin mug. It smells of vodka.

    scene yard "The Yard"
      A village yard.
      exit west to road
      person crew "McDonnell's crew"
        nouns mcdonnell, crew, corporal
        Your three men in the jeep.
        talk
          "What now, Lieutenant?" says McDonnell.
      person british "freed British prisoners"
        nouns prisoners, british, corporal
        Thin men in battledress.
        talk
          A corporal gets up. "There's Yanks in Torgau, sir."
        about camp, held, stalag
          "Marched from camp to camp, sir."
      person staub "Staub"
        nouns staub
        A grinning private.
        talk
          Staub grins.
      person whitcomb "the reporter"
        nouns reporter, whitcomb
        A reporter with a notebook.
        talk
          "Who got here first, soldier?"
        about kotzebue, first, who was first
          "Kotzebue, you say? I'll write that down."
        about anything else
          "Go on," he says.
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test func aQuestionAboutYourDaughterIsAboutTheDaughter() throws {
        #expect(try reply("talk to pietsch", "How old is your daughter?") == "\"Lotte. Six years old.\"")
        #expect(try reply("talk to pietsch", "How old are you?") == "\"Forty. Today I feel a hundred.\"")
    }

    @Test func aNameWithADescribingWordAfterACommaIsWhomTheQuestionIsFor() throws {
        #expect(try reply("talk to pietsch", "What is your name, little girl?") == "\"Lotte,\" her mother says for her.")
    }

    @Test func aQuestionNobodyIsNamedForGoesToTheOneWithATopicForIt() throws {
        #expect(try reply("east", "Which camp were you in?") == "\"Marched from camp to camp, sir.\"")
        #expect(try reply("east", "talk to the corporal", "Which camp were you in?") == "\"Marched from camp to camp, sir.\"")
        #expect(try reply("Why don't you want me to whistle?") == "\"Because you can't carry a tune, Sparks.\"")
    }

    @Test func isThisAThingDescribesIt() throws {
        #expect(try reply("is this vodka") == "A tin mug. It smells of vodka.")
        #expect(try reply("is this vodka lol") == "A tin mug. It smells of vodka.")
    }

    @Test func aSentenceAboutSomeoneAbsentIsSaidToThePersonInConversation() throws {
        #expect(try reply("east", "talk to the reporter", "kotzebue was first") == "\"Kotzebue, you say? I'll write that down.\"")
    }

    @Test func aRankThatFitsTwoPeopleAsksWhichNotTheLastSpokenTo() throws {
        let thanks = try reply("east", "talk to the prisoners", "talk to staub", "Thank you, corporal.")
        #expect(thanks.hasPrefix("Which do you mean"))
        #expect(!thanks.contains("You thank Staub"))
        #expect(try reply("east", "talk to the prisoners", "Thank you, corporal.") == "You thank the freed British prisoners.")
    }
}
