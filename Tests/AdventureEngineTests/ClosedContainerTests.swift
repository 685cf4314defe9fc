import AdventureEngine
import StoryModel
import Testing

/// `take X from Y` when Y is closed: a blind author's student was told "You can't see any such
/// thing." right after unlocking the locker, and could not tell why.
@Suite struct ClosedContainerTests {
    static let source = """
    story "Locker" id locker

    scene storeroom "Storeroom"
      Shelves of binders. A grey steel locker stands in the corner.
      thing locker "steel locker"
        container
        fixed
        locked with key
      thing sheet "alarm crib sheet"
        starts in locker
      thing key "small key"
        here A small key lies on the floor.
    """

    func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.repliesAndRefusals(Self.source, commands)
    }

    @Test func takingFromAClosedContainerSaysItIsClosed() throws {
        #expect(try replies("unlock locker with key", "take sheet from locker", "take the sheet from the steel locker")
                == ["(first taking the small key)\nYou unlock the steel locker.", "The steel locker is closed.", "The steel locker is closed."])
    }

    @Test func onceOpenTheSameCommandTakesIt() throws {
        #expect(try replies("unlock locker with key", "open locker", "take sheet from locker").last == "Taken.")
    }

    @Test func aThingThatIsNowhereNearStillCannotBeSeen() throws {
        #expect(try replies("take banana from locker").last == "I don't know the word 'banana'.")
        #expect(try replies("take sheet from cupboard").last?.contains("closed") == false)
    }
}
