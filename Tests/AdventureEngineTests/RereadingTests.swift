import AdventureEngine
import StoryModel
import Testing

/// Lines read again with what the player plainly meant (issue #11, the eighteenth and nineteenth
/// blind play-tests): a where-question about a place or group, a message sent by radio, a
/// question for the interpreter to put, a gift with the person first, a person here named with
/// a word of someone elsewhere, a farewell with a wish after it, `now try moscow`, and a name
/// after a full stop that is no address.
@Suite struct RereadingTests {
    static let source = """
    story "Reading Requests"
      id reading-requests
      by The elbe-adventure tests

    thing radio "field radio"
      nouns radio, set
      starts carried
      A heavy radio.

    thing cigarettes "pack of cigarettes"
      nouns cigarettes, pack
      starts carried
      A pack of cigarettes.

    on send message, radio message, radio regiment, radio headquarters, call headquarters
      You send the message. "Received," says the voice.

    scene yard "The Yard"
      A farmyard by the river.
      exit east to girders "to the girders"
      thing map "wall map"
        nouns map
        A map of the river.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A big patient man.
        talk
          "Get that radio on your back," says Brennan.
        about elbe, river
          "The Elbe is east of here," says Brennan.
        about anything else
          "Not now," says Brennan.
      person interpreter "Polowsky"
        nouns polowsky, interpreter
        A soldier who speaks Russian.
        about anything else
          "Chicago," says Polowsky.
      person golo "Lieutenant Goloborodko"
        nouns goloborodko, lieutenant
        A Soviet officer.
        about home, from
          "From Kiev," says Goloborodko, through Polowsky.
        about anything else
          Goloborodko smiles.
      person prisoners "freed British prisoners"
        nouns prisoners, british, men
        adjectives freed, british
        Thin men in battledress.
      on give {cigarettes} to {prisoners}
        The prisoners share the cigarettes out.
        remove cigarettes
      person mug-sergeant "Soviet sergeant with a mug"
        nouns sergeant, soviet
        adjectives soviet, grey-haired
        A sergeant with a mug.
      on hug {mug-sergeant}
        The mug sergeant hugs you back.

    scene girders "The Girders"
      A broken bridge.
      exit west to yard
      thing lamp "lamp"
        nouns lamp
        A lamp.
      person andreyev "Sergeant Andreyev"
        nouns andreyev, sergeant, man
        Sergeant Andreyev, rolling a cigarette.
      on hug {andreyev}
        Andreyev wraps you in a bear hug.
      thing wireless "wireless"
        nouns wireless
        A wireless set.
      on tune to moscow, moscow, listen to moscow
        Radio Moscow plays.
      on tune to london, london, bbc
        The BBC reads the news.
      person workers "Polish workers"
        nouns workers, polish, men
        adjectives polish
        Workers from the farms.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the rereading test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aWhereQuestionNamingNoThingGoesToThePersonInConversation() {
        #expect(reply("talk to brennan", "where is the elbe on the map?") == "\"The Elbe is east of here,\" says Brennan.")
        #expect(reply("talk to brennan", "where are the camp guards now?") == "\"Not now,\" says Brennan.")
        #expect(reply("talk to brennan", "where is everyone sleeping tonight?") == "\"Not now,\" says Brennan.")
        // With several people and nobody in conversation, whom to ask is asked.
        #expect(reply("where are the camp guards now?") == "Whom do you want to ask about camp guards?")
        // A thing here or seen keeps its answer.
        #expect(reply("talk to brennan", "where is the map") == "The wall map is here.")
        #expect(reply("e", "where is the map") == "You last saw the wall map at the Yard.")
    }

    @Test func aMessageSentByRadioIsTheStorysAction() {
        let sent = "You send the message. \"Received,\" says the voice."
        #expect(reply("radio the message to regiment") == sent)
        #expect(reply("send a message to headquarters") == sent)
        #expect(reply("send a radio message") == sent)
        #expect(reply("transmit our position to battalion") == sent)
        // Radio talk for sending it again (the forty-sixth blind run).
        #expect(reply("say again our position") == sent)
        #expect(reply("repeat our position to regiment") == sent)
    }

    @Test func theInterpreterPutsTheQuestionToTheOtherPerson() {
        let fromKiev = "\"From Kiev,\" says Goloborodko, through Polowsky."
        #expect(reply("talk to goloborodko", "polowsky ask him where hes from") == fromKiev)
        #expect(reply("talk to goloborodko", "polowsky, ask him where he is from") == fromKiev)
        #expect(reply("polowsky ask the lieutenant where he is from") == fromKiev)
        #expect(reply("talk to goloborodko", "polowsky, ask him what his name is") != "Polowsky has better things to do.")
        // Asked of Polowsky himself, Polowsky answers.
        #expect(reply("ask polowsky where hes from") == "\"Chicago,\" says Polowsky.")
    }

    @Test func aGiftWithTheManyWordedPersonFirstGoesToThePeople() {
        #expect(reply("give the british prisoners some cigarettes") == "The prisoners share the cigarettes out.")
        #expect(reply("e", "give the polish workers some cigarettes") == "The Polish workers don't seem interested in the pack of cigarettes.")
        #expect(reply("e", "give the polish workers the cigarettes") == "The Polish workers don't seem interested in the pack of cigarettes.")
    }

    @Test func aPersonHereWinsOverOneElsewhere() {
        #expect(reply("e", "hug the soviet sergeant") == "Andreyev wraps you in a bear hug.")
        #expect(reply("hug the soviet sergeant") == "The mug sergeant hugs you back.")
        // Words that tell things apart keep their refusal.
        #expect(!reply("e", "take red lamp").contains("Taken"))
    }

    @Test func aFarewellOrInterjectionWithAReactionAfterItIsThatFarewell() {
        #expect(reply("cheers lol") == reply("cheers"))
        #expect(reply("e", "bye andreyev good luck") == "You wave to Sergeant Andreyev.")
        #expect(reply("e", "bye andreyev good luck getting home") == "You wave to Sergeant Andreyev.")
        #expect(reply("e", "bye andreyev hope u get home") == "You wave to Sergeant Andreyev.")
        #expect(!reply("e", "bye andreyev good luck").contains("Did you mean"))
    }

    @Test func nowTryIsTheStationTried() {
        #expect(reply("e", "tune to london", "now try moscow") == "Radio Moscow plays.")
        #expect(reply("e", "try bbc") == "The BBC reads the news.")
    }

    @Test func aNameAfterAFullStopOrThenIsNoAddress() {
        #expect(reply("e", "take lamp. andreyev").hasPrefix("Taken."))
        #expect(reply("e", "take lamp then andreyev").hasPrefix("Taken."))
        // After a comma the name still says whom the line is for.
        #expect(!reply("e", "take lamp, andreyev").hasPrefix("Taken."))
    }

    @Test func theSecondRunsOfSessionNineAnswer() {
        // Introductions greet the person in conversation, never "I don't know the word 'jake'".
        #expect(reply("talk to brennan", "hi im jake") == "\"Get that radio on your back,\" says Brennan.")
        #expect(reply("e", "my name is jake").hasPrefix("You greet the Polish workers and Sergeant Andreyev; Sergeant Andreyev answers."))
        #expect(!reply("hi im jake").contains("jake"))
        // `this is …` without a greeting introduces only a name: never a greeting for a sad remark.
        #expect(!reply("e", "this is so sad why did this happen").hasPrefix("You greet"))
        #expect(reply("e", "this is jake").hasPrefix("You greet"))
        // `hi` right after talking to someone greets them.
        #expect(reply("talk to brennan", "hi") == "\"Get that radio on your back,\" says Brennan.")
        #expect(reply("welcome") == "You smile. They are welcome.")
        #expect(reply("oops") == "No harm done.")
        #expect(reply("e", "w", "omg we did it") == "You take it all in.")
        #expect(reply("e", "offer andreyev the cigarettes") == "Sergeant Andreyev doesn't seem interested in the pack of cigarettes.")
    }

    @Test func aWordThatOnlySaysHowIsLeftOut() {
        #expect(reply("e", "hug andreyev warmly") == "Andreyev wraps you in a bear hug.")
        #expect(reply("e", "wave goodbye to andreyev") == "You wave to Sergeant Andreyev.")
        #expect(reply("e", "wave bye to andreyev") == "You wave to Sergeant Andreyev.")
    }
}
