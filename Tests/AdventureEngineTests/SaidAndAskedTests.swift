import AdventureEngine
import StoryModel
import Testing

/// What a line says rather than orders (the twenty-sixth and twenty-seventh blind runs, issue
/// #11): `ok` when nobody asked, a hesitation that must decide nothing, the plan for today, `tell
/// X that …`, `signal with X`, `radio in`, `hug them`, a topic answered a command late, a trailing
/// part whose story action does not apply now.
@Suite struct SaidAndAskedTests {
    static let story: Story? = testStory("""
    thing radio "field radio"
      nouns radio
      starts carried
      A heavy radio.

    thing flare "green flare"
      nouns flare
      adjectives green
      starts carried
      A green flare.

    on use {radio}, radio headquarters
      You radio headquarters. "Received."

    on put on london, put on bbc
      Through the hiss comes the BBC.

    on fire {flare}
      The green star climbs over the river.

    scene bank "The Bank"
      A river bank.
      person reporter "Whitcomb"
        nouns whitcomb, reporter
        A war correspondent.
        talk
          "Were you first?" asks Whitcomb.
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant
        A young lieutenant.
        about strehla
          "Strehla it is," says Kotzebue.
        about plan
          "East, to the river," says Kotzebue.
      person soldier "Soviet sergeant"
        nouns sergeant, soldier
        adjectives soviet
        A Soviet sergeant.
      on refuse, no comment
        "No comment," you say.
      on push cart, help {soldier}
        You and the sergeant push the cart free.
      on hug {soldier}
        The sergeant hugs you back.
      on decline, no thanks, no thank you, dont drink
        only if not toasted
        You politely decline.
        set toasted
      on yes
        only if asked
        "Good," says Kotzebue.
      on ask {kotzebue} about promise
        "Well? Is it yes?" asks Kotzebue.
        set asked
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func okWhenNobodyAskedIsAgreement() {
        #expect(reply("ok") == "Right. What next?")
        #expect(reply("oh ok") == "Right. What next?")
        #expect(reply("ask kotzebue about promise", "ok") == "\"Good,\" says Kotzebue.")
    }

    @Test func aHesitationDecidesNothing() {
        #expect(reply("talk to whitcomb", "idk should i tell u") != "\"No comment,\" you say.")
        #expect(reply("talk to whitcomb", "i cant tell you anything") == "\"No comment,\" you say.")
        #expect(reply("talk to whitcomb", "I am sorry, I can't talk to reporters.") == "\"No comment,\" you say.")
    }

    @Test func canIAsksToDoIt() {
        #expect(reply("can i fire the flare") == "The green star climbs over the river.")
    }

    @Test func turningTheRadioToAStationPutsItOn() {
        #expect(reply("turn radio to bbc") == "Through the hiss comes the BBC.")
        #expect(reply("set the radio to london") == "Through the hiss comes the BBC.")
        #expect(reply("tune to bbc") == "Through the hiss comes the BBC.")
    }

    @Test func helpingThemIsTheStorysHelpForSomeoneHere() {
        #expect(reply("help them") == "You and the sergeant push the cart free.")
        #expect(reply("talk to kotzebue", "help everyone") == "You and the sergeant push the cart free.")
    }

    @Test func thePlanForTodayIsThePlan() {
        #expect(!reply("talk to kotzebue", "what is the plan for today").contains("April"))
        #expect(reply("talk to kotzebue", "whats the plan for today") == "\"East, to the river,\" says Kotzebue.")
    }

    @Test func tellingThatSaysItToThem() {
        #expect(reply("tell whitcomb that i cant talk about it") == "\"No comment,\" you say.")
        #expect(reply("tell whitcomb that i cant talk about it, sorry") == "\"No comment,\" you say.")
    }

    @Test func signallingWithAFlareFiresIt() {
        #expect(reply("signal with the green flare") == "The green star climbs over the river.")
    }

    @Test func radioingInIsTheStorysRadio() {
        #expect(reply("radio in") == "You radio headquarters. \"Received.\"")
        #expect(reply("radio the captain") == "You radio headquarters. \"Received.\"")
    }

    @Test func huggingThemHugsThePeopleHere() {
        #expect(reply("x flare", "hug them") == "The sergeant hugs you back.")
    }

    @Test func aTopicIsAnsweredACommandLate() {
        #expect(reply("ask kotzebue about", "look", "strehla") == "\"Strehla it is,\" says Kotzebue.")
        #expect(reply("ask kotzebue about", "look", "x flare") == "A green flare.")
    }

    @Test func aMisspelledNameFirstIsSuggested() {
        #expect(reply("kotzbue hi").contains("kotzebue"))
        #expect(!reply("kotzbue hi").contains("Did you mean 'break'"))
    }

    @Test func aTrailingPartThatDoesNotApplyAddsNoError() {
        #expect(reply("no thank you, i dont drink") == "You politely decline.")
    }
}
