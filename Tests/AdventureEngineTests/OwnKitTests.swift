import AdventureEngine
import Testing

/// `open map`, `map`, `x watch` as players of other games type them (the sixty-sixth blind run: "You
/// can't see any map here.", "I understood 'examine' but not the rest"): with no map in sight, that
/// there is none and the ways on; a watch, the date and time; a map or paper in sight opened to be
/// read; `follow him` answered by the story's own `on follow him`.
@Suite struct OwnKitTests {
    static let source = """
    story "Yard" id own-kit

    scene yard "The Yard"
      when Monday, 1 May 1950, about noon
      A muddy yard.
      exit north to field
      thing letter "letter"
        starts carried
        read
          Meet me at noon.
        A folded letter.
      person rider "rider"
        nouns rider, horseman
        talk
          The rider turns his horse and goes.
          remove rider
          set rider-gone
      on follow him, follow rider
        only if rider-gone
        Nobody catches a horse on foot.

    scene field "The Field"
      A wide field.
      exit south to yard
      thing field-map "map"
        fixed
        A map pinned to a post.
    """

    @Test func aMapAskedForWithNoneInSightIsTheWaysOn() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["open map", "map", "check the map", "look at my map"])
        for reply in replies { #expect(reply == "You have no map with you. From here you can go: north.") }
    }

    @Test func aWatchIsTheDateAndTime() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["x watch", "check my watch", "look at the time", "what time is it"])
        for reply in replies { #expect(reply == "It is Monday, 1 May 1950, about noon.") }
    }

    @Test func aMapOrPaperInSightIsOpenedToBeRead() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["open letter", "north", "open map", "exits"])
        #expect(replies[0] == "Meet me at noon.")
        #expect(replies[2] == "A map pinned to a post.")
        #expect(replies[3] == "From here you can go: south.")
    }

    @Test func followHimIsTheStorysOwnAnswerOnceHeLeft() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["talk to rider", "follow him"])
        #expect(replies[1] == "Nobody catches a horse on foot.")
    }
}
