import AdventureEngine
import StoryModel
import Testing

/// What the eighth blind play-test missed, built into the parser for every story (issue #11):
/// chat spelling, a name at the end of a question, the person in conversation, `he`/`she` by the
/// person's description, particles, new verbs, names in "Which do you mean", `oops` on the last
/// command only.
@Suite struct ChatSpellingAndQuestionsToOnePersonTests {
    static let source = """
    story "Eighth Test"
      id eighth-test
      by The elbe-adventure tests

    thing helmet "steel helmet"
      nouns helmet
      wearable
      starts worn
    thing radio "radio"
      nouns radio
      starts carried

    scene lane "The Lane"
      The lane by the mill. Ortiz and Sergeant Brennan wait; Lieutenant Kotzebue studies a map. A boat lies in the mud.
      exit east to road "to the road"
      person ortiz "Ortiz"
        nouns ortiz, driver
        A driver. He whistles.
        about home, texas
          "El Paso," says Ortiz.
        about anything else
          "I just drive," says Ortiz.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant, sarge
        A big patient man. He smokes.
        about ortiz
          "Ortiz drives like he's late," says Brennan.
        about anything else
          "Later," says Brennan.
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant, buck
        A young lieutenant. He studies his map.
        talk
          "We go this afternoon," he says, and nods at Sergeant Brennan.
        about home
          "Houston," says Kotzebue.
        about come, join
          "You're our radioman. You come," says Kotzebue.
        about river, way
          "East, to the river," says Kotzebue.
        about anything else
          "Ask me on the road," says Kotzebue.
      thing kotzebue-map "Kotzebue's map"
        nouns map
        A map with blue arrows.
      thing boat "boat"
        nouns boat
        Half full of water.
      on bail {boat} with {helmet}
        You bail the boat with your helmet.

    scene road "The Road"
      Marcel and Olena, Soviet soldiers, your patrol and the British on a crowded bank.
      exit west to lane
      person marcel "Marcel"
        nouns marcel, frenchman
        A small Frenchman. He says he was captured in 1940.
        about home
          "Lyon," says Marcel.
      person olena "Olena"
        nouns olena, ukrainian
        A young Ukrainian. She was deported two years ago, she says.
        about home
          "Ukraine," says Olena.
      person soldiers "Soviet soldiers"
        nouns soldiers, soldier, cap, caps
        Soldiers with caps in hand.
      person crew "McDonnell, Huff and Staub"
        nouns mcdonnell, huff, staub, corporal
        Your patrol.
      person prisoners "freed British prisoners"
        nouns prisoners, british, corporal
        Freed prisoners.
      thing bank "crowded bank"
        nouns bank, men, troops
        A crowded bank.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the eighth test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func chatSpellingIsReadAsTheWordsItStandsFor() {
        #expect(reply("where r u from ortiz") == "\"El Paso,\" says Ortiz.")
        #expect(reply("whats ur name sarge") == "\"Sergeant Brennan,\" comes the answer.")
        #expect(reply("talk to ortiz", "thx") == "You thank Ortiz.")
        #expect(reply("pls x boat") == "Half full of water.")
        // `u` alone is still up.
        #expect(reply("u").contains("You can't go up"))
        #expect(reply("go u").contains("You can't go up"))
    }

    @Test func aNameAtEitherEndPutsTheQuestionToThatPerson() {
        #expect(reply("where r u from buck") == "\"Houston,\" says Kotzebue.")
        #expect(reply("ortiz, where are you from") == "\"El Paso,\" says Ortiz.")
        #expect(reply("ortiz where are you from") == "\"El Paso,\" says Ortiz.")
        // `where is ortiz` names Ortiz but asks nobody.
        #expect(reply("where is ortiz") == "Ortiz is here.")
    }

    @Test func aQuestionToYouGoesToThePersonInConversation() {
        #expect(reply("talk to kotzebue", "where are you from") == "\"Houston,\" says Kotzebue.")
        #expect(reply("give radio to ortiz", "where r u from") == "\"El Paso,\" says Ortiz.")
        #expect(reply("talk to kotzebue", "whats ur name") == "\"Lieutenant Kotzebue,\" comes the answer.")
        #expect(reply("talk to kotzebue", "who are you") == "\"Lieutenant Kotzebue,\" comes the answer.")
        // The reply names Brennan, but `him` is still the lieutenant spoken to.
        #expect(reply("talk to kotzebue", "ask him about home") == "\"Houston,\" says Kotzebue.")
        #expect(reply("talk to ortiz", "shake his hand") == "You shake hands with Ortiz.")
    }

    @Test func comingAlongIsAskedOfThePersonInConversation() {
        #expect(reply("talk to kotzebue", "can i come with you") == "\"You're our radioman. You come,\" says Kotzebue.")
        #expect(reply("talk to ortiz", "can i come with you") == "Ortiz shrugs: where you go is up to you.")
    }

    @Test func heAndSheFollowThePersonsDescription() {
        #expect(reply("e", "talk to marcel", "where is she from") == "\"Ukraine,\" says Olena.")
        #expect(reply("e", "talk to olena", "where is he from") == "\"Lyon,\" says Marcel.")
    }

    @Test func askingTheWayAsksAboutThePlace() {
        #expect(reply("talk to kotzebue", "ask him the way to the river") == "\"East, to the river,\" says Kotzebue.")
        #expect(reply("ask kotzebue the way") == "\"East, to the river,\" says Kotzebue.")
    }

    @Test func aTypoInAboutIsCorrectedAndOopsFixesOnlyTheLastCommand() {
        #expect(reply("ask kotzebue abut the river") == "\"East, to the river,\" says Kotzebue.")
        #expect(reply("take hemlet", "ask ortiz about hime", "oops home") == "\"El Paso,\" says Ortiz.")
        #expect(reply("take hemlet", "look", "oops helmet") == "There is no unknown word to correct.")
    }

    @Test func peopleAreNeverClothingAndCrowdsAreNotTalkedTo() {
        #expect(reply("e", "take cap off") == "You aren't wearing anything like that, only the steel helmet.")
        #expect(reply("e", "remove cap") == "You aren't wearing anything like that, only the steel helmet.")
        #expect(reply("e", "talk to troops") == "Nobody there is near enough, or free enough, to talk to you just now.")
    }

    @Test func aParticleTheStoryLeftOutStillReachesItsAction() {
        #expect(reply("bail out the boat with my helmet") == "You bail the boat with your helmet.")
        #expect(reply("bail the boat out with the helmet") == "You bail the boat with your helmet.")
    }

    @Test func compareSwimFollowAndGreetingsInOtherLanguages() {
        #expect(reply("compare map with boat") == "You look from Kotzebue's map to the boat and back.\nA map with blue arrows.\nHalf full of water.")
        #expect(reply("swim across river") == "You'd rather not swim here.")
        #expect(reply("swim") == "You'd rather not swim here.")
        #expect(reply("follow ortiz") == "Ortiz isn't going anywhere just now.")
        #expect(reply("bonjour kotzebue") == "\"We go this afternoon,\" he says, and nods at Sergeant Brennan.")
        #expect(reply("dobry den kotzebue") == "\"We go this afternoon,\" he says, and nods at Sergeant Brennan.")
        #expect(reply("e", "hallo marcel").hasPrefix("Marcel nods"))
    }

    @Test func whichDoYouMeanNamesPeopleWithoutAnArticleAndTakesAWord() {
        #expect(reply("e", "ask corporal about his name") == "Which do you mean, McDonnell, Huff and Staub or the freed British prisoners?")
        #expect(reply("e", "ask corporal about his name", "prisoners") == "The freed British prisoners answer with a dozen names at once.")
        #expect(reply("e", "ask corporal about his name", "the british") == "The freed British prisoners answer with a dozen names at once.")
        #expect(reply("e", "ask corporal about his name", "mcdonnell") == "\"McDonnell, Huff and Staub,\" comes the answer.")
    }
}
