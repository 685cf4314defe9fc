import AdventureEngine
import Testing

/// `ok lets go. out` in an office whose one way out `lets go` takes: the `out` after it is the
/// same journey told again (session 36's German student read "You can't go out from here." just
/// after arriving outside). `out. out` asks twice, and hears that the second cannot be.
@Suite struct WayToldAgainTests {
    static let source = """
    story "Mill" id way-told-again

    scene office "The Office"
      A map on the wall.
      exit out to yard

    scene yard "The Yard"
      Jeeps in the yard.
      exit in to office
      exit east to bridge

    scene bridge "The Bridge"
      The river.
      exit west to yard
    """

    @Test func theWayJustTakenTypedAgainIsNotRefused() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["ok lets go. out", "in. go out"])
        #expect(replies.allSatisfy { $0.contains("Jeeps in the yard.") }, "\(replies)")
        #expect(!replies.joined().contains("You can't go"), "\(replies)")
    }

    @Test func aWayTypedTwiceIsStillRefusedTheSecondTime() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["out. out"])
        #expect(replies[0].contains("Jeeps in the yard.") && replies[0].contains("You can't go out from here."), "\(replies)")
    }

    @Test func aWayThatLeadsOnFromTheNewPlaceIsTaken() throws {
        // `out. east` goes on east; `lets go. in` from the yard goes back in, a way that is here.
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["out. east"])
        #expect(replies[0].hasSuffix("The river."), "\(replies)")
    }
}
