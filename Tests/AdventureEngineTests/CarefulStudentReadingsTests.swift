import AdventureEngine
import Testing

/// The sixtieth blind run (a careful student with Inform habits): each of these had been a miss.
/// `put orders in pocket` ("I don't know the word 'pocket'."), `ortiz, help me push the cart`
/// ("Ortiz has better things to do."), `take silvashko with us` ("Lieutenant Silvashko would not
/// appreciate that."), `report to the duty officer` a scene after leaving him ("I understood
/// 'report' but not the rest…"), `what are we waiting for` ("Whom do you want to ask about
/// waiting?"), `Sorry, I can't talk to reporters.` (the story's refusal, then "You've said it
/// already.").
@Suite struct CarefulStudentReadingsTests {
    static let source = """
    story "Road" id road

    flag cart-free
    flag refused

    thing helmet "steel helmet"
      nouns helmet
      starts carried

    thing orders "patrol orders"
      nouns orders
      starts carried

    scene office "The Office"
      An office. The duty officer waits at his desk.
      exit west to lane "to the lane"
      person officer "duty officer"
        nouns officer, duty
        A tired duty officer.
      on report to {officer}, report
        "Go on," says the duty officer.
      person whitcomb "Whitcomb"
        nouns whitcomb, reporter
        A reporter with a notebook.
      on sorry, i cant talk to reporters if not refused
        "No comment," you say.
        set refused
      on sorry, i cant talk to reporters if refused
        You've said it already.

    scene lane "The Lane"
      A lane, and a cart stuck in a rut.
      hint Push the cart: PUSH CART.
      exit east to office "to the office"
      thing radio "field radio"
        nouns radio
      thing cart "cart"
        nouns cart
      person ortiz "Ortiz"
        nouns ortiz
        about anything else
          "Not now," says Ortiz.
      person silvashko "Lieutenant Silvashko"
        nouns silvashko, lieutenant
        about anything else
          Silvashko smiles.
      on help me push {cart}, push {cart}
        You and Ortiz heave the cart out of the rut.
        set cart-free
      on bring {silvashko}
        Silvashko is ready when you are.
    """

    /// Each turn's paragraphs and refusals, joined by new lines.
    static func replies(_ commands: String...) throws -> [String] {
        try replies(commands)
    }

    static func replies(_ commands: [String]) throws -> [String] {
        try StoryCompilerShim.repliesAndRefusals(Self.source, commands)
    }

    @Test func putInMyPocketKeepsTheThing() throws {
        let replies = try Self.replies("west", "put orders in my pocket", "put the helmet in my coat pocket", "put radio in pocket", "i")
        #expect(Array(replies.dropFirst().prefix(3)) == ["You already have the patrol orders.", "You already have the steel helmet.", "Taken."])
        #expect(replies.last?.contains("a field radio") == true)
    }

    @Test func aPersonAskedToHelpDoesItWithYou() throws {
        #expect(try Self.replies("west", "ortiz, help me push the cart").last == "You and Ortiz heave the cart out of the rut.")
    }

    @Test func takingSomeoneWithUsBringsThem() throws {
        let replies = try Self.replies("west", "take silvashko with us", "take silvashko w us", "take the lieutenant along")
        #expect(Array(replies.dropFirst()) == Array(repeating: "Silvashko is ready when you are.", count: 3))
    }

    @Test func aPersonLeftBehindIsNotHere() throws {
        let replies = try Self.replies("x officer", "west", "report to the duty officer")
        #expect(replies.last == "The duty officer isn't here.")
    }

    /// `Sorry, I can't talk to reporters.`: the story answered the sorry, and the rest is more of
    /// it, not a second refusal ("You've said it already.").
    @Test func aSentenceAfterAnAnsweredSorryIsMoreOfIt() throws {
        #expect(try Self.replies("x whitcomb", "Sorry, I can't talk to reporters.").last == "\"No comment,\" you say.")
        #expect(try Self.replies("x whitcomb", "sorry", "I cant talk to reporters.").last == "You've said it already.")
    }

    @Test func whatAreWeWaitingForIsTheHint() throws {
        #expect(try Self.replies("west", "what are we waiting for").last == "Push the cart: PUSH CART.")
    }
}
