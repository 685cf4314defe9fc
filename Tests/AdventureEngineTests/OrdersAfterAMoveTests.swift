import AdventureEngine
import Testing

/// What session 36's Inform veteran found in one line: an order after a full stop to a person
/// who is only there once the part before has moved the player (`out. titov, follow me` from the
/// pharmacy had gone `out` twice, "You can't go out from here"), and `look under` alone, which
/// Inform asks about ("What do you want to look under?") where we had "I understood 'look'…".
@Suite struct OrdersAfterAMoveTests {
    static let source = """
    story "Torgau" id orders-after-a-move

    scene street "Torgau"
      Empty streets.
      exit in to pharmacy
      exit up to tower
      person titov "Titov"
        nouns titov
        talk
          "Tovarishch."
      on ask {titov} to follow me
        "When you go up, I go up," Titov says.
      thing crate "crate"
        A crate.

    scene pharmacy "The Pharmacy"
      Brown bottles.
      exit out to street

    scene tower "The Tower"
      The river below.
      exit down to street
    """

    @Test func anOrderAfterAFullStopReachesThePersonTheMoveLedTo() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["in", "out. titov, follow me"])
        #expect(replies.last?.hasSuffix("Titov is here.\nYou can also see a crate here.\n\"When you go up, I go up,\" Titov says.") == true,
                "\(replies)")
        #expect(!replies.joined().contains("You can't go out"), "\(replies)")
    }

    @Test func anOrderToSomeoneNowhereOnTheWaySaysSo() throws {
        // From the pharmacy, the line moves nowhere first: Titov is still outside.
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["in", "look. titov, follow me"])
        #expect(replies.last?.contains("Titov") == true, "\(replies)")
        #expect(!replies.joined().contains("You can't go out"), "\(replies)")
    }

    @Test func aThingAfterAWayIsNotTakenAsWhereToGo() throws {
        // `take crate, box` carries `take` on; a way does not: `up. crate` is not `up crate`.
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["in", "out. titov, follow me", "up"])
        #expect(replies.last?.contains("The river below.") == true, "\(replies)")
    }

    @Test func lookUnderAloneAsksWhat() throws {
        let replies = try StoryCompilerShim.questionsAndReplies(Self.source, ["look under", "look behind"])
        #expect(replies == ["What do you want to look under?", "What do you want to look behind?"])
    }
}
