import AdventureEngine
import Testing

/// The sixty-third blind run's misses that session 20 left (a student at a German school): `ask
/// after X` with one person here, `have i X`, `give me X`, `in the boat`, `change badges with X`,
/// `make the cart free`, `give him the hand`, and `help her with the cart` taken by the lieutenant.
@Suite struct SchoolEnglishMoreTests {
    static let source = """
    story "Road" id road

    thing chocolate "bar of chocolate"
      nouns chocolate, bar
      starts carried

    scene road "The Road"
      A road east, full of people going west.
      exit east to river
      person kotzebue "Lieutenant Kotzebue"
        nouns lieutenant, kotzebue
        Kotzebue, in the lead jeep.
        about berlin
          "Not our objective," Kotzebue says.
      person pietsch "the woman"
        nouns woman, pietsch
        A tired woman by a stuck handcart.
      person lotte "the little girl"
        nouns girl, lotte
        A small girl holding a birdcage.
      thing cart "handcart"
        nouns cart, handcart
        fixed
        A handcart stuck in a rut.
      on push {cart}, free {cart}, help {pietsch}
        You heave the cart out of the rut.
      on put {chocolate} on {cart}
        You leave the chocolate on the cart for the girl.
      on no
        You shake your head.
      on no comment
        "No comment," you say.
      thing message "message"
        nouns message, note
        A folded message.

    scene river "The River"
      A wide river.
      thing boat "boat"
        nouns boat
        fixed
      on enter {boat}
        You climb into the boat.
      person gordeyev "Gordeyev"
        nouns gordeyev, lieutenant
        A Soviet lieutenant. He grins.
      on shake hands with {gordeyev}
        Gordeyev grips your hand.
      on swap badges with {gordeyev}
        Gordeyev trades you a brass badge for a button.

    scene camp "The Camp"
      The lieutenant's camp.
      person kotzebue-camp "Lieutenant Kotzebue"
        nouns lieutenant, kotzebue
        A young lieutenant with a map case on his hip.
    """

    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.repliesAndRefusals(Self.source, commands)
    }

    @Test func askingAfterSomethingWithOnePersonHereAsksThem() throws {
        #expect(try Self.replies("ask after berlin").last == "\"Not our objective,\" Kotzebue says.")
    }

    @Test func askingWhetherICarrySomethingIsTheInventory() throws {
        let replies = try Self.replies("have i chocolate?", "do i have the chocolate")
        #expect(replies.allSatisfy { $0.hasPrefix("You are carrying") })
    }

    @Test func giveMeSomethingTakesIt() throws {
        #expect(try Self.replies("give me the message") == ["Taken."])
    }

    @Test func makingTheCartFreeFreesIt() throws {
        #expect(try Self.replies("make the cart free") == ["You heave the cart out of the rut."])
        #expect(try Self.replies("make the handcart loose") == ["You heave the cart out of the rut."])
    }

    /// `her` after talking to the lieutenant: the woman whose help frees the cart, not the man
    /// spoken to, whose description here has no pronoun (his other scene's has "his").
    @Test func helpingHerWithTheCartIsTheWomanNotTheLieutenant() throws {
        #expect(try Self.replies("talk to kotzebue", "help her with the cart").last == "You heave the cart out of the rut.")
    }

    @Test func inTheBoatGetsIn() throws {
        #expect(try Self.replies("east", "in the boat").last == "You climb into the boat.")
    }

    @Test func changingBadgesWithSomeoneSwapsThem() throws {
        #expect(try Self.replies("east", "change badges with gordeyev").last == "Gordeyev trades you a brass badge for a button.")
    }

    /// `give him the hand` (`die Hand geben`) where the story shakes hands and has no help for him;
    /// `give the woman a hand` with the cart stuck still helps.
    @Test func givingSomeoneTheHandShakesItOrHelps() throws {
        #expect(try Self.replies("east", "give gordeyev the hand").last == "Gordeyev grips your hand.")
        #expect(try Self.replies("give the woman a hand") == ["You heave the cart out of the rut."])
    }

    /// The sixty-fourth run: `kein kommentar` had told the reporter everything, `nein, danke` asked
    /// "Whom do you want to thank?" after the no, `help them with the cart` helped the lieutenant,
    /// `put the flowers to the memorial` asked "What do you want to put?".
    @Test func germanNoCommentNoThanksThemAndPuttingToAThing() throws {
        #expect(try Self.replies("kein kommentar") == ["\"No comment,\" you say."])
        #expect(try StoryCompilerShim.questionsAndReplies(Self.source, ["nein, danke"]) == ["You shake your head."])
        #expect(try Self.replies("talk to kotzebue", "help them with the cart").last == "You heave the cart out of the rut.")
        #expect(try Self.replies("put the chocolate to the cart") == ["You leave the chocolate on the cart for the girl."])
    }
}
