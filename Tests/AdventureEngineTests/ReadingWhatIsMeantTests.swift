import AdventureEngine
import StoryModel
import Testing

/// Lines whose words say more or less than a command (the twenty-second to twenty-fifth blind
/// runs, issue #11): an interjection before yes or no (`oh no`), an answer to the parser's
/// question a command late (`jackson`), possessives (`kotzebue's orders`), `the american one`,
/// a question to `you` whose last word describes somebody else (`where did you learn russian`),
/// a filler before an order (`titov now yell`), a laugh at a word (`lol grandma`), `wait` before
/// a question, a hail before a description (`hey u polish guy which way`), `check on X`, `the
/// other bottles`.
@Suite struct ReadingWhatIsMeantTests {
    static let story: Story? = testStory("""
    thing orders "patrol orders"
      nouns orders
      starts carried
      A typed sheet.

    scene meadow "The Meadow"
      A meadow by the river.
      exit east to farm "to the farm"
      person polowsky "Joe Polowsky"
        nouns polowsky, joe, interpreter
        A lanky interpreter.
        talk
          "They're glad to see us," says Polowsky.
        about russian, learn russian
          "I get by," says Polowsky.
        about anything else
          "Ask me later," says Polowsky.
      person soldiers "Soviet soldiers"
        nouns soldiers, russian, russians
        adjectives soviet
        Soldiers with caps in hand.
        about anything else
          They don't understand your words.
      person worker "Polish worker"
        nouns worker, pole, guy
        adjectives polish
        A worker in a cap.
        about way
          "East," he says.
      on no
        only if asked
        "Good," says Polowsky.
      on ask {polowsky} about promise
        "Will you promise?" asks Polowsky.
        set asked

    scene farm "The Farm"
      A farmhouse kitchen with a wireless.
      exit west to meadow
      person photographer "Allan Jackson"
        nouns jackson, photographer, allan
        A photographer.
        talk
          "Step aside, soldier!" says Jackson.
      person cameraman "Alexander Ustinov"
        nouns ustinov, photographer, alexander
        A cameraman.
        talk
          "Smile," says Ustinov.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        Brennan is polishing a rifle.
      thing rifles "rifles"
        nouns rifles, rifle
        fixed
        The men's rifles, stacked.
      thing ink "bottle of ink"
        nouns bottle, ink
        A bottle of ink.
      thing mercurochrome "bottle of Mercurochrome"
        nouns bottle, mercurochrome
        A bottle of Mercurochrome.
      on put on london, put on bbc
        London, and dance music.
      on put on america, put on washington
        Washington, and the President.

      person titov "Titov"
        nouns titov
        A Russian in a striped jacket.
      on ask {titov} to yell
        Titov yells across the river.

    scene yard "The Yard"
      A yard.
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant
        A young lieutenant.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func anInterjectionBeforeNoIsAReaction() {
        #expect(reply("oh no") == "You take it all in.")
        #expect(reply("wow no") == "You take it all in.")
        #expect(reply("hmm no") == "You think it over.")
        #expect(reply("oh yes") == "You think so too.")
        #expect(reply("no").hasPrefix("You shake your head"))
    }

    @Test func anInterjectionBeforeNoAnswersAQuestionJustAsked() {
        #expect(reply("ask polowsky about promise", "oh no") == "\"Good,\" says Polowsky.")
    }

    @Test func theParserQuestionIsAnsweredACommandLate() {
        #expect(reply("e", "talk to photographer", "look", "jackson") == "\"Step aside, soldier!\" says Jackson.")
        #expect(reply("e", "talk to photographer", "jackson") == "\"Step aside, soldier!\" says Jackson.")
        // Without the question, a name alone talks to that person (CommandParser+BareNames.swift).
        #expect(reply("e", "look", "jackson") == "\"Step aside, soldier!\" says Jackson.")
    }

    @Test func aPossessiveOfSomeoneElsewhereIsTheThing() {
        #expect(reply("x kotzebue's orders") == "A typed sheet.")
        #expect(reply("x kotzebues orders") == "A typed sheet.")
    }

    @Test func aPossessiveOfWhatTheirDescriptionMentionsIsThePerson() {
        #expect(reply("e", "x brennan's rifle") == "Brennan is polishing a rifle.")
        #expect(reply("e", "x rifle") == "The men's rifles, stacked.")
    }

    @Test func theOneOfAKindIsPickedByItsWord() {
        #expect(reply("e", "put on bbc", "put on the american one") == "Washington, and the President.")
    }

    @Test func aWordThatOnlyDescribesSomeoneElseIsNoVocative() {
        #expect(reply("talk to polowsky", "where did you learn russian") == "\"I get by,\" says Polowsky.")
    }

    @Test func aHailBeforeADescriptionAddressesThatPerson() {
        #expect(reply("hey u polish guy which way") == "\"East,\" he says.")
    }

    @Test func aFillerBeforeAnOrderIsLeftOut() {
        #expect(reply("e", "titov now yell") == "Titov yells across the river.")
    }

    @Test func aLaughAtAWordIsALaugh() {
        #expect(reply("talk to polowsky", "lol grandma") == "You grin.")
    }

    @Test func checkOnIsLookingAt() {
        #expect(reply("check on the soldiers") == "Soldiers with caps in hand.")
    }

    @Test func otherSaysNoMoreThanItsNoun() {
        #expect(reply("e", "x the other bottles").hasPrefix("Which do you mean"))
    }
}
