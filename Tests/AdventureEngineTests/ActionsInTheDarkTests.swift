import AdventureEngine
import StoryModel
import Testing

/// A story's action about looking at something does not run in pitch darkness: a blind author's
/// `on look through hole` ended her story with "the glint of gold" in a passage whose candle was
/// upstairs. Actions not about seeing, and looking at what the player carries, still run.
@Suite struct ActionsInTheDarkTests {
    static let source = """
    story "Passage" id passage

    scene stairway "Stairway"
      Steps lead down.
      exit down to passage
      thing candle "candle"
        light

    scene passage "Passage"
      dark
      A passage with a sealed doorway.
      exit up to stairway
      thing door "second doorway"
        nouns door, doorway
        fixed
      on look through hole, look through {door}
        Gold, everywhere the glint of gold.
        end wonderful
      on listen
        Your own breathing, and far off, dripping water.
      on read {letter}
        It says: "Last season."

    thing hole "small hole"
      fixed
      starts nowhere
    thing letter "letter"
      starts carried

    ending wonderful "Wonderful Things" success
      You have seen the tomb.
    """

    static func said(_ game: inout Game, _ command: String) -> [String] {
        game.perform(command).outputs.compactMap { output -> String? in
            switch output {
            case .paragraph(let text): text
            case .error(let text): text
            case .ending: "(ending)"
            default: nil
            }
        }
    }

    static func game() throws -> Game {
        Game(story: try #require(StoryCompilerShim.compile(Self.source)))
    }

    @Test func lookingThroughTheHoleInTheDarkSeesNothing() throws {
        var game = try Self.game()
        _ = Self.said(&game, "down")
        #expect(Self.said(&game, "look through hole") == ["It is pitch dark, and you can't see a thing."])
        #expect(game.state.ending == nil)
    }

    @Test func withTheLightTheActionRuns() throws {
        var game = try Self.game()
        _ = Self.said(&game, "take candle")
        _ = Self.said(&game, "down")
        #expect(Self.said(&game, "look through hole").contains("Gold, everywhere the glint of gold."))
    }

    @Test func anActionNotAboutSeeingRunsInTheDark() throws {
        var game = try Self.game()
        _ = Self.said(&game, "down")
        #expect(Self.said(&game, "listen") == ["Your own breathing, and far off, dripping water."])
    }

    @Test func anActionAboutSomethingCarriedRunsInTheDark() throws {
        var game = try Self.game()
        _ = Self.said(&game, "down")
        #expect(Self.said(&game, "read letter") == ["It says: \"Last season.\""])
    }
}
