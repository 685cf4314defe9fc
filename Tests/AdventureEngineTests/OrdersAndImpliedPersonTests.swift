import AdventureEngine
import Foundation
import StoryModel
import Testing
import TestSupport

/// What the third blind play-test missed, built generally (issue #11): orders to people, `ask`
/// in its other forms, exits named by their words, verbs with an implied person, noun choice, and
/// the default verbs students used.
@Suite struct OrdersAndImpliedPersonTests {
    static let story: Story = {
        let path = Fixtures.repositoryRoot() + "/Tests/TranscriptTests/Transcripts/orders-test.story"
        guard let source = try? String(contentsOfFile: path, encoding: .utf8),
              let story = StoryCompilerShim.compile(source) else { preconditionFailure("the orders test story does not compile") }
        return story
    }()

    /// Plays the commands and returns the text of the last reply.
    func reply(_ commands: String...) -> String {
        lastReply(Self.story, commands)
    }

    @Test func anOrderWithACommaReachesTheStorysActionForIt() {
        let shout = "Titov shouts across the river in Russian. The firing stops."
        #expect(reply("titov, shout in russian") == shout)
        #expect(reply("ask titov to shout") == shout)
        #expect(reply("tell the sergeant to shout loudly") == shout)
    }

    @Test func anOrderNothingCatchesGetsAFairReplyNamingThePerson() {
        #expect(reply("titov, dance") == "Sergeant Titov has better things to do.")
        #expect(reply("ask titov to come with me") == "Sergeant Titov has better things to do.")
        #expect(!reply("titov, dance").contains("What do you want to do with"))
    }

    @Test func anOrderThatIsAQuestionAsksThePerson() {
        #expect(reply("titov, tell me about the bridge") == "\"Blown,\" says Titov.")
        #expect(reply("titov, hello") == "\"Tovarishch,\" says Titov.")
        #expect(reply("e", "kowalski, what about russian") == "\"I get by,\" says Kowalski.")
    }

    @Test func askForIfAndNameAreAskingAbout() {
        #expect(reply("ask titov for the bridge") == "\"Blown,\" says Titov.")
        #expect(reply("e", "ask kowalski if he speaks russian") == "\"I get by,\" says Kowalski.")
        #expect(reply("ask titov his name") == "\"Sergeant Titov,\" comes the answer.")
        #expect(reply("whats his name") == "\"Sergeant Titov,\" comes the answer.")
        // With several people here, a question is answered as a question, never with one back.
        #expect(reply("e", "who are you") == "Whom do you want to ask their name?")
    }

    @Test func anImpliedPersonIsTheOnlyOneHere() {
        #expect(reply("shake hands") == "Titov grips your hand.")
        #expect(reply("shake his hand") == "Titov grips your hand.")
        #expect(reply("shake hands with the sergeant") == "Titov grips your hand.")
        #expect(reply("hug") == "Titov laughs and slaps your back.")
        #expect(reply("salute") == "You salute Sergeant Titov.")
        #expect(reply("thank you") == "You thank Sergeant Titov.")
    }

    @Test func withSeveralPeopleHereTheParserAsksWhom() {
        #expect(reply("e", "shake hands") == "Whose hand do you want to shake?")
        #expect(reply("e", "shake hands", "kowalski") == "You shake hands with Corporal Kowalski.")
        #expect(reply("e", "n", "hug") == "There is nobody here to hug.")
    }

    @Test func askingAPersonWhatNowIsTalkingAndAQuestionWordStartsATopic() {
        #expect(reply("ask titov what now") == "\"Tovarishch,\" says Titov.")
        #expect(reply("ask titov what to do next") == "\"Tovarishch,\" says Titov.")
        #expect(reply("ask titov where the bridge is") == "\"Blown,\" says Titov.")
    }

    @Test func aQuestionWithYouGoesToTheOnePersonHere() {
        #expect(reply("how are you") == "\"Tovarishch,\" says Titov.")
        #expect(reply("where is the bridge, do you know") != "")
        #expect(reply("what do you know about the bridge") == "\"Blown,\" says Titov.")
        #expect(reply("e", "how are you") == "Whom do you want to talk to?")
    }

    @Test func helpingAPersonIsNotTheHelpCommand() {
        #expect(reply("help titov") == "Sergeant Titov doesn't need your help just now.")
        #expect(reply("help").contains("look"))
    }

    @Test func theVerbsOfTheFourthPlayTestHaveDefaultReplies() {
        #expect(reply("smoke cigarettes") == "You'd rather not, not now.")
        #expect(reply("celebrate") == "You let out a cheer. It feels good.")
        #expect(reply("write a letter home") == "You have no time for writing just now.")
        #expect(reply("drive around the cart") == "You are not the driver today.")
        #expect(reply("honk") == "Better not: you don't want to bring the whole neighbourhood running.")
    }

    @Test func anOrderWithoutACommaAndASentenceWithASubjectAreUnderstood() {
        #expect(reply("titov shout in russian") == "Titov shouts across the river in Russian. The firing stops.")
        #expect(reply("i thank titov") == "You thank Sergeant Titov.")
        #expect(reply("tell titov the bridge is gone") == "\"Blown,\" says Titov.")
    }

    @Test func theFifthPlayTestsPhrasingsAreUnderstood() {
        #expect(reply("ok shake hands") == "Titov grips your hand.")
        #expect(reply("ask titov are you ok") == "\"Tovarishch,\" says Titov.")
        #expect(reply("say goodbye to titov") == "You wave to Sergeant Titov.")
        #expect(reply("e", "look at the camera across the yard") == "A big press camera on a tripod.")
        #expect(reply("e", "whats the camera like") == "A big press camera on a tripod.")
    }

    @Test func aListAfterACommaTakesTheVerbBeforeIt() {
        let text = reply("e", "x camera, badge")
        #expect(text.contains("A big press camera on a tripod."))
        #expect(text.contains("A little brass badge with a red star."))
    }

    @Test func tellingAPersonSomethingAsksAboutIt() {
        #expect(reply("tell titov we need the bridge") == "\"Blown,\" says Titov.")
        #expect(reply("ask titov which way to the bridge") == "\"Blown,\" says Titov.")
        #expect(reply("ask titov about the bridge anyway") == "\"Blown,\" says Titov.")
    }

    @Test func politeWordsAloneAreNoCrash() {
        // Found by the random-command test: `please` alone left the question reader no words.
        #expect(!reply("please").isEmpty)
        #expect(!reply("please now").isEmpty)
    }

    @Test func aTrailingAgainRepeatsTheCommandAsTyped() {
        #expect(reply("ask titov about the bridge again") == "\"Blown,\" says Titov.")
        #expect(reply("thank titov again") == "You thank Sergeant Titov.")
    }

    @Test func listeningToAPersonWithSomethingToSayIsTalking() {
        #expect(reply("listen to titov") == "\"Tovarishch,\" says Titov.")
    }

    @Test func tradingIsGiving() {
        #expect(reply("trade cigarettes with titov") == "Titov takes the cigarettes and grins.")
        #expect(reply("swap cigarettes for the sergeant") == "Titov takes the cigarettes and grins.")
        #expect(reply("e", "swap badge") == "Who do you want to give the brass badge to?")
    }

    @Test func anExitsWordsAndADirectionTakeThePlayerThere() {
        #expect(reply("go up the hill").hasPrefix("The Dike"))
        #expect(reply("climb the bank").hasPrefix("The Dike"))
        #expect(reply("go to the village").hasPrefix("The Village"))
        #expect(reply("e", "enter barn").hasPrefix("The Barn"))
        #expect(reply("e", "go into the barn").hasPrefix("The Barn"))
        #expect(reply("e", "go down the road").hasPrefix("You can't go down from here."))
    }

    @Test func anExactNounOfAThingBeatsAPersonAndCarriedThingsComeFirst() {
        #expect(reply("e", "x camera") == "A big press camera on a tripod.")
        #expect(reply("e", "x photographer") == "A photographer, never without his camera.")
        #expect(reply("e", "x badge") == "A little brass badge with a red star.")
        #expect(reply("e", "x tables") == "Long tables covered in badges and bottles.")
    }

    @Test func aSingularNamesAGroupOfPeople() {
        #expect(reply("x sergeants") == "A Soviet sergeant with a loud voice.")
    }

    @Test func theDefaultVerbsStudentsUsedHaveReplies() {
        #expect(reply("e", "play accordion") == "You don't know how to play the accordion.")
        #expect(reply("refuse vodka") == "You politely decline.")
        #expect(reply("look for oars") == "You look around for oars, but you can't see any here.")
        #expect(reply("look for titov") == "A Soviet sergeant with a loud voice.")
        #expect(reply("e", "sit with kowalski") == "You sit with Corporal Kowalski for a while.")
        #expect(reply("e", "paint the tables") == "You have nothing to paint the tables with.")
        #expect(reply("bail out the water") == "There is nothing here to bail out.")
        #expect(reply("give the man some cigarettes") != "I don't know the word 'some'.")
    }

    @Test func leavingAndHangingPutThingsOnOthers() {
        #expect(reply("e", "n", "take tulips", "leave tulips by the stone") == "You put the tulips on the stone.")
        #expect(reply("e", "n", "take flag", "hang flag from beam") == "You put the flag on the beam.")
    }
}
