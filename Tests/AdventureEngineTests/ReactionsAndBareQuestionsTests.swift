import AdventureEngine
import StoryModel
import Testing

/// The tenth blind play-test's parser misses (issue #11): reactions (`sad`, `thats not fair`), a
/// bare `why` or `is it far` to the person in conversation, `why is he called buck` put to the
/// person the question names, `ask corporal about the wounded` with two corporals here, `offer
/// ride to man`, and `x girl` before meeting her.
@Suite struct ReactionsAndBareQuestionsTests {
    static let source = """
    story "Eleventh Playtest"
      id eleventh-playtest
      by The elbe-adventure tests

    thing helmet "steel helmet"
      nouns helmet
      starts carried

    scene office "The Office"
      Captain Ferris and Lieutenant Kotzebue bend over a map.
      exit east to road
      person ferris "Captain Ferris"
        nouns ferris, captain
        A grey captain. He frowns.
        talk
          "Five miles, Sparks."
        about mulde
          "Five miles past the Mulde."
        about anything else
          "Not my department."
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant, buck, men
        A young lieutenant. The men call him Buck.
        about anything else
          "Ask me on the road."

    scene road "The Road"
      A woman, her girl and a thin man stand by a cart.
      exit west to office
      exit east to wall
      person pietsch "Frau Pietsch"
        nouns pietsch, woman, frau
        A tired woman.
        talk
          "Is it far, the Americans?"
        about far, americans
          "Not far," you tell her.
        about anything else
          She is too tired for questions.
      person lotte "Lotte"
        nouns lotte, girl
        A girl of about six.
      person man "man in the striped jacket"
        nouns man, jacket
        A thin man. He is hungry.
        talk
          He tells you the guards ran away.

    scene wall "The Wall"
      Freed prisoners sit by the wall; your crew waits in the jeep.
      exit west to road
      person crew "McDonnell, Huff and Staub"
        nouns mcdonnell, crew, corporal
        Your crew.
        talk
          "What now?" asks McDonnell.
        about torgau
          "I say we go."
        about anything else
          "Ask the Limeys."
      person prisoners "freed British prisoners"
        nouns prisoners, corporal
        Thin men in battledress.
        talk
          A corporal gets up. "Wounded Yanks in Torgau, sir."
        about wounded, yanks
          "In Torgau, sir. Wounded Yanks."
        about anything else
          "Don't know, sir."
      person tom "Tom"
        nouns tom, fellow
        A carter with a whip.
      thing canteen "water canteen"
        nouns canteen, water
        A dented canteen.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the eleventh-playtest story does not compile") }
        return story
    }()

    @Test func reactionsGetAQuietReplyNotAParserError() {
        #expect(lastReply(Self.story, ["sad"]) == "You are quiet for a moment.")
        #expect(lastReply(Self.story, ["that's sad"]) == "You are quiet for a moment.")
        #expect(lastReply(Self.story, ["how sad"]) == "You are quiet for a moment.")
        #expect(lastReply(Self.story, ["east", "poor guy"]) == "You are quiet for a moment.")
        #expect(lastReply(Self.story, ["thats not fair"]) == "You keep the thought to yourself.")
        #expect(lastReply(Self.story, ["damn"]) == "You mutter under your breath.")
        #expect(lastReply(Self.story, ["omg"]) == "You take it all in.")
        #expect(lastReply(Self.story, ["no way"]).hasPrefix("You shake your head"))
        // `sorry` alone is still the apology.
        #expect(lastReply(Self.story, ["sorry"]) == "Oh, don't apologise.")
    }

    @Test func aBareQuestionGoesToThePersonInConversation() {
        #expect(lastReply(Self.story, ["east", "talk to woman", "is it far"]) == "\"Not far,\" you tell her.")
        // `why` is asked of him (his reply to anything else), never his `talk` again (session 12).
        #expect(lastReply(Self.story, ["talk to ferris", "why"]) == "\"Not my department.\"")
        // With nobody in conversation (two people here), `why` is put to nobody.
        #expect(lastReply(Self.story, ["why"]).hasPrefix("Try 'look'"))
    }

    @Test func aQuestionAboutHimGoesToThePersonItNames() {
        #expect(lastReply(Self.story, ["x kotzebue", "ask ferris about the mulde", "why is he called buck"]) == "\"Ask me on the road.\"")
        // Without a word that names another, `he` is still the person just asked.
        #expect(lastReply(Self.story, ["ask ferris about the mulde", "where is he from"]) == "\"Not my department.\"")
    }

    @Test func aWordForSeveralPeopleMeansTheOneWithTheTopicOrInConversation() {
        #expect(lastReply(Self.story, ["east", "east", "tell mcdonnell about torgau", "ask corporal about the wounded"])
            == "\"In Torgau, sir. Wounded Yanks.\"")
        #expect(lastReply(Self.story, ["east", "east", "talk to prisoners", "give helmet to corporal"])
            == "The freed British prisoners don't seem interested in the steel helmet.")
        #expect(lastReply(Self.story, ["east", "east", "x corporal"])
            == "Which do you mean, McDonnell, Huff and Staub or the freed British prisoners?")
    }

    @Test func offeringARideOrHelpIsNoParserError() {
        #expect(lastReply(Self.story, ["east", "offer ride to man"]) == "He tells you the guards ran away.")
        #expect(lastReply(Self.story, ["east", "offer the man a lift"]) == "He tells you the guards ran away.")
        #expect(lastReply(Self.story, ["east", "offer help to the woman"]) == "Frau Pietsch doesn't need your help just now.")
        #expect(lastReply(Self.story, ["east", "offer man water"]) == "You can't see any water here.")
    }

    @Test func aPersonNeverSeenIsNotNamed() {
        #expect(lastReply(Self.story, ["x girl"]) == "You can't see any girl here.")
        #expect(lastReply(Self.story, ["east", "west", "x girl"]) == "Lotte isn't here.")
        // A name the player types is no secret.
        #expect(lastReply(Self.story, ["x lotte"]) == "Lotte isn't here.")
    }

    @Test func fellowSaysAMan() {
        // Tom's description says no gender; `fellow` does: `her` never means him.
        #expect(lastReply(Self.story, ["east", "east", "x tom", "x her"]) == "I'm not sure what 'her' refers to.")
    }
}

/// Sloppy commands tried on the Elbe story after the tenth run's fixes.
@Suite struct SloppyCommandTests {
    @Test func goingOnListsTheWaysOn() {
        let ways = lastReply(ReactionsAndBareQuestionsTests.story, ["exits"])
        #expect(ways.contains("east"))
        for command in ["go on", "keep going", "carry on", "continue", "go ahead"] {
            #expect(lastReply(ReactionsAndBareQuestionsTests.story, [command]) == ways)
        }
    }

    @Test func watsIsWhats() {
        #expect(lastReply(ReactionsAndBareQuestionsTests.story, ["wats his name"]) == lastReply(ReactionsAndBareQuestionsTests.story, ["whats his name"]))
        #expect(!lastReply(ReactionsAndBareQuestionsTests.story, ["wats his name"]).contains("don't know the word"))
    }
}

extension SloppyCommandTests {
    @Test func whatsOverThereAsksAboutNoTopicOver() {
        #expect(!lastReply(ReactionsAndBareQuestionsTests.story, ["whats over there"]).contains("about over"))
        #expect(lastReply(ReactionsAndBareQuestionsTests.story, ["east", "east", "whats over there"]) != "Whom do you want to ask about over?")
    }
}
