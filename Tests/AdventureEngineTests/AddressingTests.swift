import AdventureEngine
import StoryModel
import Testing

/// Who is addressed and who answers (issue #11, the sixteenth and seventeenth blind play-tests):
/// `whos here`, a greeting to a group, an order to someone named who is not here or to pass words
/// on, a question after an exclamation, a typo in the verb corrected and done, and questions
/// nobody reads (`should i radio headquarters now`, `why is everyone afraid`, `radio headquarters
/// about strehla`).
@Suite struct AddressingTests {
    static let source = """
    story "Addressing"
      id addressing
      by The elbe-adventure tests

    thing radio "field radio"
      nouns radio
      starts carried
      A heavy radio.

    thing chocolate "bar of chocolate"
      nouns chocolate, bar
      starts carried
      A bar of chocolate.

    on radio headquarters, use {radio}
      You radio headquarters. Nobody answers.

    scene lane "The Lane"
      hint Talk to the sergeant first.
      A muddy lane by a mill.
      exit east to town "to the town"
      person ortiz "Ortiz"
        nouns ortiz, private
        A wiry private at the wheel.
        talk
          "Ask the sergeant," says Ortiz.
        about anything else
          Ortiz shrugs.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A big patient man.
        talk
          "Get that radio on your back," says Brennan.
        about reporters, press
          "Not a word to them," says Brennan.
        about coordinates
          "Check them twice," says Brennan.
        about anything else
          "Not now," says Brennan.
      person lady "lady with a cart"
        nouns lady, woman
        A tired woman with a handcart.
      on help {lady}
        You help the lady free her cart.

    scene town "The Town"
      hint Go up the tower.
      A town square full of freed prisoners.
      exit west to lane
      exit up to tower "to the tower"
      person titov "Titov"
        nouns titov
        A Russian in a striped jacket.
        talk
          "I come," says Titov, and he limps off to the tower.
          move titov to tower
        about americans
          "Americans? I see only you," says Titov.

    scene tower "The Tower"
      A tower over the river.
      exit down to town
      on ask {titov} to shout, ask {titov} to talk to them
        Titov cups his hands and shouts across the river in Russian.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the addressing test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func whosHereNamesThePeopleHere() {
        let people = "Ortiz, Sergeant Brennan and a lady with a cart are here."
        #expect(reply("whos here") == people)
        #expect(reply("who is here") == people)
        #expect(reply("who's around") == people)
        #expect(reply("is anyone here") == people)
        #expect(reply("e", "talk to titov", "who is here") == "There is nobody here but you.")
        #expect(reply("e", "who else is here") == "Titov is here.")
    }

    /// A person whose name is plural is "some freed prisoners", as Inform writes it, never "a
    /// freed prisoners" (the twentieth-run story helper's `whos here` at Fort Zinna).
    @Test func peopleWithAPluralNameAreSomeAndAre() throws {
        let story = try #require(testStory("""
        scene gate "The Gate"
          A prison gate.
          person prisoners "freed prisoners"
            nouns prisoners, men
            Ragged men.
        """))
        #expect(lastReply(story, ["whos here"]) == "Some freed prisoners are here.")
        #expect(lastReply(story, ["look"]).contains("Some freed prisoners are here."))
    }

    @Test func aNameAfterTheLastCommaSaysWhomTheLineIsFor() {
        #expect(reply("thanks, sergeant") == "You thank Sergeant Brennan.")
        #expect(reply("where are you from, sergeant") == "\"Not now,\" says Brennan.")
        #expect(reply("congratulations, sergeant") == "You say it warmly.")
        #expect(reply("bravo") == "You say it warmly.")
    }

    @Test func aGreetingToEveryoneGreetsThemAndOneAnswers() {
        let greeted = "You greet Sergeant Brennan, the lady with a cart and Ortiz; Ortiz answers.\n\"Ask the sergeant,\" says Ortiz."
        #expect(reply("hi everyone") == greeted)
        #expect(reply("hello guys") == greeted)
        #expect(reply("talk to people") == greeted)
        #expect(reply("talk to everyone") == greeted)
        #expect(reply("hi all") == greeted)
        // The person in conversation answers first.
        #expect(reply("talk to brennan", "hello guys") == "You greet Ortiz, the lady with a cart and Sergeant Brennan; Sergeant Brennan answers.\n\"Get that radio on your back,\" says Brennan.")
        #expect(reply("ok bye guys") == reply("bye everyone"))
        #expect(!reply("ok bye guys").contains("Which do you mean"))
        // With one person here, that person; with nobody, nobody.
        #expect(reply("e", "hi everyone") == "\"I come,\" says Titov, and he limps off to the tower.")
        #expect(reply("e", "talk to titov", "hi everyone") == "There is nobody here to talk to.")
    }

    @Test func anOrderToSomeoneWhoLeftSaysWhereTheyWent() {
        let gone = "Titov was here, but has gone up, to the tower."
        #expect(reply("e", "talk to titov", "titov shout") == gone)
        #expect(reply("e", "talk to titov", "titov, shout to them in russian") == gone)
        #expect(reply("e", "titov dance") == "Titov has better things to do.")
    }

    @Test func anOrderToPassWordsOnIsTheStorysOrderToSpeak() {
        let shouts = "Titov cups his hands and shouts across the river in Russian."
        #expect(reply("e", "talk to titov", "up", "titov tell them were americans") == shouts)
        #expect(reply("e", "talk to titov", "up", "titov, tell them we are americans") == shouts)
        #expect(reply("e", "talk to titov", "up", "ask titov to tell them we are friends") == shouts)
        #expect(reply("e", "talk to titov", "up", "titov shout") == shouts)
        // Told to the player, it is still a question about Americans.
        #expect(reply("e", "titov tell me about americans") == "\"Americans? I see only you,\" says Titov.")
    }

    @Test func aQuestionAfterAnExclamationIsAsked() {
        #expect(reply("lol so no telling reporters") == "\"Not a word to them,\" says Brennan.")
        #expect(reply("wait so the press cant know??") == "\"Not a word to them,\" says Brennan.")
        #expect(reply("omg the coordinates were wrong") == "\"Check them twice,\" says Brennan.")
        // A reaction alone stays a reaction.
        #expect(reply("wow so cool") == "You take it all in." || reply("wow so cool") == "You think so too.")
        #expect(reply("lol") == "You grin.")
    }

    @Test func aTypoInTheVerbWithOneCorrectionIsCorrectedAndDone() {
        #expect(reply("hlep the lady") == "(help the lady)\nYou help the lady free her cart.")
        #expect(reply("tlak to brennan") == "(talk to brennan)\n\"Get that radio on your back,\" says Brennan.")
        #expect(reply("giv chocolate to ortiz").hasPrefix("(give chocolate to ortiz)\n"))
        // Never a wrong correction: `eat` is eating, and with two verbs as near it still asks.
        #expect(!reply("eat chocolate").contains("east"))
        #expect(!reply("eat chocolate").hasPrefix("("))
        // Alone, a word one slip off a direction and a verb is the direction (`nort`, session 36).
        #expect(reply("esat").hasPrefix("(east)\n"))
        #expect(reply("esat chocolate") == "I don't know the word 'esat'. Did you mean 'east' or 'eat'?")
        // A correction that is not understood either is not done.
        #expect(reply("tlak blah").contains("Did you mean 'talk'?"))
    }

    @Test func questionsNobodyReadsGetAnAnswer() {
        #expect(reply("should i radio headquarters now") == "Talk to the sergeant first.")
        #expect(reply("e", "talk to titov", "why is everyone afraid") == "Go up the tower.")
        #expect(reply("talk to brennan", "why is everyone afraid") == "\"Not now,\" says Brennan.")
        #expect(reply("radio headquarters about the bridge") == "You radio headquarters. Nobody answers.")
    }
}
