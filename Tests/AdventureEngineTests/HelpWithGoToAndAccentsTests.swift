import AdventureEngine
import StoryModel
import Testing

/// `help with the cart` helps rather than listing the commands; `go to the mill office` goes in
/// where the way in leads there; `cześć` is the story's `czesc`, `msg` a message, `captian` the
/// captain (issue #11, session 13: the forty-second to forty-fifth blind runs).
@Suite struct HelpWithGoToAndAccentsTests {
    static let story = testStory("""
    on czesc
      "Cześć!" the soldier grins.
    on send message
      The message goes out.

    scene lane "The Lane"
      A lane by the paper mill.
      on push {handcart}, help {pietsch}
        You put your shoulder to the cart, and it rolls free.
      thing paper-mill "paper mill"
        nouns mill, office, sheds
        adjectives paper
        fixed
        Long brick sheds. The office door stands open.
      thing handcart "handcart"
        nouns cart, handcart
        fixed
        A handcart stuck in the mud.
      person pietsch "Frau Pietsch"
        nouns pietsch, woman
        A woman by the cart.
      person captain "Captain Ferris"
        nouns ferris, captain
        A captain.
        talk
          "Sit down, Sparks," says Ferris.
      exit in to office "the briefing"

    scene office "The Command Post"
      Desks against the walls.
      thing mill-office "mill office"
        nouns office, room, mill
        adjectives mill
        fixed
        The paper mill's office.
      exit out to lane

    scene barn "The Barn"
      Hay.
      person olena "Olena"
        nouns olena, girl
        A girl.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the help-and-go-to test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func helpWithAThingIsHelpingNotTheCommandList() {
        #expect(reply("help with the cart") == "You put your shoulder to the cart, and it rolls free.")
        #expect(reply("help the woman with the cart") == "You put your shoulder to the cart, and it rolls free.")
        #expect(reply("help").contains("Some commands"))
    }

    @Test func goToAPlaceTheWayInLeadsTo() {
        #expect(reply("go to the mill office").hasPrefix("The Command Post"))
        #expect(reply("go to the cart") == "A handcart stuck in the mud.")
    }

    @Test func accentsSlangAndSwappedLetters() {
        #expect(reply("cześć") == "\"Cześć!\" the soldier grins.")
        #expect(reply("send msg") == "The message goes out.")
        #expect(reply("captian") == "(captain)\n\"Sit down, Sparks,\" says Ferris.")
    }

    @Test func talkToSomeoneAboutSomethingIsAsking() {
        #expect(reply("talk to ferris about the briefing") != reply("talk to ferris"))
        #expect(reply("talk to olena about strehla") == "Olena isn't here.")
    }
}
