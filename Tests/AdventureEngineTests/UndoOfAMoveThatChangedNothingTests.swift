import AdventureEngine
import Testing

/// `take radio`, `g` ("You already have the field radio."), `undo`: the move taken back is the
/// one that did nothing, and the reply says so, so a player who meant the take knows to undo
/// once more (the sixtieth blind run read "Taken back: take radio" as the take undone).
@Suite struct UndoOfAMoveThatChangedNothingTests {
    @Test func undoSaysTheMoveChangedNothing() throws {
        let replies = try CarefulStudentReadingsTests.replies(["west", "take radio", "g", "undo", "i", "undo", "i"])
        #expect(replies[3].hasPrefix("Taken back: take radio (it had changed nothing; UNDO again takes back the move before it)."))
        #expect(replies[4].contains("field radio"), "the radio is still carried")
        #expect(replies[5].hasPrefix("Taken back: take radio") && !replies[5].contains("changed nothing"))
        #expect(!replies[6].contains("field radio"), "the take itself is undone")
    }

    @Test func aMoveThatChangedSomethingIsTakenBackPlainly() throws {
        let replies = try CarefulStudentReadingsTests.replies(["west", "push cart", "undo", "undo", "undo"])
        #expect(replies[2].hasPrefix("Taken back: push cart") && !replies[2].contains("changed nothing"), "the cart was freed")
        #expect(replies[3].hasPrefix("Taken back: west") && !replies[3].contains("changed nothing"))
        #expect(replies[4] == "There is nothing to undo.")
    }
}
