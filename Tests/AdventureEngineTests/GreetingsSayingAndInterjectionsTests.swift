import AdventureEngine
import StoryModel
import Testing

/// What the ninth blind play-test missed, built into the parser for every story (issue #11): a
/// greeting before a question, `say no`, interjections, `climb` of something not here, `follow
/// me` as an order, a name question never answered by a topic about home, and a bare name
/// answering "Which do you mean".
@Suite struct GreetingsSayingAndInterjectionsTests {
    static let source = """
    story "Ninth Test"
      id ninth-test
      by The elbe-adventure tests

    scene square "The Square"
      A town square below a tower. Ortiz and Titov wait; Sergeant Brennan smokes.
      exit up to tower "the tower"
        only if unbarred, else "The tower door is barred."
      person ortiz "Ortiz"
        nouns ortiz, driver, soldier
        A driver.
        about home, family, where from, names
          "Texas, a long way west," says Ortiz.
        about anything else
          "I just drive," says Ortiz.
      person titov "Titov"
        nouns titov, prisoner, soldier
        A freed prisoner.
        talk
          "Zdravstvuyte," says Titov.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant, soldier
        A big patient man.
        talk
          "Now we find the river," says Brennan.
        about name
          "Brennan. Sergeant to you," says Brennan.
        about anything else
          "Later," says Brennan.
      on ask {titov} to come with me, take {titov} with me
        "I come with you," says Titov.
      on say no
        Nothing happens.
      on kick tower door
        set unbarred
        The door holds.

    scene tower "The Tower"
      High above the river.
      thing girders "girders"
        nouns girders
        Twisted girders.
      exit down to square
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the ninth test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aGreetingBeforeAQuestionPutsTheQuestionToThatPerson() {
        #expect(reply("hi titov whats ur name") == "\"Titov,\" comes the answer.")
        #expect(reply("hey ortiz where r u from") == "\"Texas, a long way west,\" says Ortiz.")
        #expect(reply("hello brennan, what now") == "\"Now we find the river,\" says Brennan.")
    }

    @Test func sayingYesNoThanksOrAnythingIsUnderstood() {
        #expect(reply("say no, just across the bridge") == "Nothing happens.")
        #expect(reply("say no, thanks").hasPrefix("Nothing happens."))
        #expect(reply("say yes").hasPrefix("You nod"))
        #expect(reply("talk to ortiz", "say thanks") == "You thank Ortiz.")
        #expect(reply("say hello to titov") == "\"Zdravstvuyte,\" says Titov.")
        #expect(reply("talk to titov", "say we are friends") == "\"Zdravstvuyte,\" says Titov.")
        #expect(reply("answer titov") == "\"Zdravstvuyte,\" says Titov.")
        #expect(reply("reply to titov") == "\"Zdravstvuyte,\" says Titov.")
    }

    @Test func anInterjectionGetsAFriendlyWordAndTakesNoTurn() {
        #expect(reply("cool") == "You think so too.")
        #expect(reply("wow") == "You take it all in.")
        #expect(reply("lol") == "You grin.")
        // Only articles: no words left for the fallbacks, and no crash.
        #expect(reply("the") == reply("the a"))
        #expect(reply("hmm") == "You think it over.")
        var (game, _) = Game.start(story: Self.story)
        _ = game.perform("cool")
        #expect(game.undoCount == 0)
    }

    @Test func climbingSomethingNotHereIsNotClimbingTheWayUp() {
        #expect(reply("climb girders") == "You can't see any girders here.")
        #expect(reply("climb up") == "The tower door is barred.")
        #expect(reply("climb tower") == "The tower door is barred.")
    }

    @Test func followMeIsAskingToComeAlong() {
        #expect(reply("titov, follow me") == "\"I come with you,\" says Titov.")
        #expect(reply("tell titov to follow me") == "\"I come with you,\" says Titov.")
        #expect(reply("talk to titov", "follow me") == "\"I come with you,\" says Titov.")
        #expect(reply("take titov along") == "\"I come with you,\" says Titov.")
        #expect(reply("take titov up with us") == "\"I come with you,\" says Titov.")
    }

    @Test func aNameQuestionIsNeverAnsweredByATopicAboutHome() {
        #expect(reply("ask ortiz whats his name") == "\"Ortiz,\" comes the answer.")
        #expect(reply("ortiz, what's your name") == "\"Ortiz,\" comes the answer.")
        #expect(reply("ask ortiz his name") == "\"Ortiz,\" comes the answer.")
        #expect(reply("ask brennan what is his name") == "\"Brennan. Sergeant to you,\" says Brennan.")
        #expect(reply("ask ortiz where he is from") == "\"Texas, a long way west,\" says Ortiz.")
    }

    @Test func aBareNameAnswersWhichDoYouMean() {
        #expect(reply("ask soldier about the river").hasPrefix("Which do you mean"))
        #expect(reply("ask soldier about the river", "brennan") == "\"Later,\" says Brennan.")
        #expect(reply("ask soldier about the river", "titov").contains("Titov"))
        #expect(reply("ask soldier about the river", "brennan please") == "\"Later,\" says Brennan.")
        #expect(reply("ask soldier about the river", "i mean the sergeant") == "\"Later,\" says Brennan.")
        #expect(reply("ask soldier about the river", "sergeant brennan the big one") == "\"Later,\" says Brennan.")
        // A new command is not an answer.
        #expect(reply("ask soldier about the river", "x brennan") == "A big patient man.")
    }
}
