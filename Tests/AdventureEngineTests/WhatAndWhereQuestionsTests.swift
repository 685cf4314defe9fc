import AdventureEngine
import StoryModel
import Testing

/// The fifteenth blind play-test's misses (issue #11): `whats in the mug`, `whats the phone for`,
/// `where r we going`, `talk to the little girl`, `ask the men for their shovels`.
@Suite struct WhatAndWhereQuestionsTests {
    static let source = """
    story "Fifteenth Playtest"
      id fifteenth-playtest
      by The elbe-adventure tests

    scene road "The Road"
      A road by a wood.
      exit east to bank "to the river"
      person girl "Lotte"
        nouns lotte, girl
        A girl of eight with a doll.
        talk
          "Hello," says Lotte.
      thing box "box"
        nouns box
        container
        A wooden box.
      thing cup "tin cup"
        nouns cup
        fixed
        A dented tin cup. Vodka, by the smell of it.
      thing phone "field phone"
        nouns phone
        fixed
        A field phone, for calling the company.

    scene bank "The River Bank"
      A muddy bank.
      exit west to road
      exit east to ferry
      hint Find a way across the river.
      person sergeant "Sergeant Brennan"
        nouns brennan, sergeant
        A big patient man.
        talk
          "Let's get on," he says.
        about russians
          "Across the river, they say."
        about mission, briefing
          "Get across the river."
        about shovels, spades
          "Shovels? We've got our helmets."
        about anything else
          "Not now."
      thing rifles "rifles"
        nouns rifles, men
        fixed
        The men of the patrol stand with their rifles.

    scene ferry "The Ferry"
      A ferry landing.
      exit west to bank
      person kotzebue "Kotzebue"
        nouns kotzebue
        A lieutenant.
      person ortiz "Ortiz"
        nouns ortiz
        A driver.
      thing patrol "patrol"
        nouns patrol, men
        fixed
        The men of the patrol.
      thing flag "home-made flag"
        nouns flag
        A bedsheet flag.
      thing far-bank "far bank"
        nouns bank, russians
        fixed
        The far bank.
      thing flares "flares"
        nouns flares, russians
        fixed
        Red flares.
      person soviets "Soviet soldiers"
        nouns soviets, russians
        Soviet soldiers.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the fifteenth test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func whatsInAThingLooksInside() {
        #expect(reply("whats in the box") == reply("look in the box"))
        #expect(reply("what is inside the box?") == reply("look in the box"))
        #expect(!reply("whats in the box").contains("Try 'look'"))
        // No container: the thing described.
        #expect(reply("what's in the cup?") == "A dented tin cup. Vodka, by the smell of it.")
    }

    @Test func whatIsAThingForDescribesIt() {
        #expect(reply("whats the phone for") == "A field phone, for calling the company.")
        #expect(reply("what is the phone used for?") == "A field phone, for calling the company.")
    }

    @Test func whereAreWeGoingIsTheHint() {
        #expect(reply("e", "where r we going") == reply("e", "hint"))
        #expect(reply("e", "where are we headed now?") == reply("e", "hint"))
    }

    @Test func anUnknownDescribingWordIsSkipped() {
        #expect(reply("talk to the little girl") == "\"Hello,\" says Lotte.")
        #expect(reply("hi little girl") == "\"Hello,\" says Lotte.")
        #expect(reply("examine the small box") == "A wooden box.")
        // Nothing named by the rest: the unknown word as before.
        #expect(reply("talk to the little gnome").contains("I don't know the word"))
    }

    @Test func askingTheMenWhoAreAThingAsksThePersonHere() {
        #expect(reply("e", "ask the men for their shovels") == "\"Shovels? We've got our helmets.\"")
        #expect(!reply("e", "ask the men about the river").contains("rifles"))
        // Several people here, none in conversation: whom to ask.
        #expect(reply("e", "e", "ask the men for their shovels") == "Whom do you want to ask about their shovels?")
    }

    @Test func whereAreTheManyAsksThePersonHere() {
        #expect(reply("e", "where r the russians") == "\"Across the river, they say.\"")
        #expect(reply("e", "where are the russians") == "\"Across the river, they say.\"")
    }

    @Test func whatAreTheyDoingMeansTheCrowdNotAThing() {
        // The crowd here is the soldiers, not the flag just taken.
        #expect(reply("e", "e", "take flag", "what r they doing") == "Soviet soldiers.")
        #expect(reply("e", "e", "take flag", "what are they doing?") == "Soviet soldiers.")
    }

    @Test func whatsTheMissionIsAPersonsTopicElseTheHint() {
        #expect(reply("e", "whats the mission") == "\"Get across the river.\"")
        #expect(reply("e", "what's the briefing about?") == "\"Get across the river.\"")
        #expect(reply("whats the mission") == reply("hint"))
    }
}
