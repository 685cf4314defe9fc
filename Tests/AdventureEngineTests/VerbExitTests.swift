import AdventureEngine
import StoryCompiler
import Testing
import TestSupport

/// `sit` alone where the way on is "sit down at the console" (session 34's author: "There is
/// nothing here worth sitting on" beside the exit she had written).
@Suite struct VerbExitTests {
    static func play(_ exits: String, _ command: String) throws -> (Game, String) {
        let result = TinyStory.compile("""
        scene room "Support Room"
          A narrow room with a console.
        \(exits)
        scene desk "At the Console"
          You sit down at the console.
          exit out to room
        scene stairs "Stairs"
          Stairs.
          exit out to room
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        var (game, _) = Game.start(story: story, seed: 1)
        let turn = game.perform(command)
        return (game, "\(turn.outputs)")
    }

    @Test(arguments: ["sit", "sit down", "climb", "stand"])
    func aVerbAloneTakesTheOneWayThatBeginsWithIt(command: String) throws {
        let way = command == "climb" ? "climb the stairs" : command == "stand" ? "stand up and leave" : "sit down at the console"
        let (game, said) = try Self.play("""
          exit "\(way)" or "sit down" to \(command == "climb" || command == "stand" ? "stairs" : "desk")
        """, command)
        #expect(game.state.scene != 0, "'\(command)' takes the way '\(way)': \(said)")
    }

    @Test func twoWaysThatBeginWithTheVerbLeaveItsOwnReply() throws {
        let (game, said) = try Self.play("""
          exit "sit down at the console" to desk
          exit "sit on the stairs" to stairs
        """, "sit")
        #expect(game.state.scene == 0)
        #expect(said.contains("nothing here worth sitting on"))
    }

    @Test func withoutSuchAWayTheVerbKeepsItsReply() throws {
        let (game, said) = try Self.play("""
          exit in to desk
        """, "jump")
        #expect(game.state.scene == 0)
        #expect(said.contains("You jump on the spot"))
    }
}

/// `go out and up the tower` went out and stopped (session 34's student): `up the tower` alone
/// was not understood, though `go up the tower` was.
@Suite struct DirectionFirstTests {
    @Test(arguments: ["go out and up the tower", "out and up the tower"])
    func aDirectionWithTheWaysWordsGoesThatWay(command: String) throws {
        let story = try #require(TinyStory.compile("""
        scene pharmacy "Pharmacy"
          A pharmacy.
          exit out to town
        scene town "Town"
          A town.
          exit up to tower "the castle tower"
          exit in to pharmacy
        scene tower "Castle Tower"
          The tower.
          exit down to town
        """).story)
        var (game, _) = Game.start(story: story, seed: 1)
        _ = game.perform(command)
        #expect(game.state.scene == 2, "both parts were done")
    }
}
