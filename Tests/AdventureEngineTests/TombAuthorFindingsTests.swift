import AdventureEngine
import StoryModel
import Testing

/// What a blind author's tomb story found the engine doing wrong, on a story cut down from hers:
/// `climb down the steps` went up to "The Sixteen Steps"; `ask evelyn about carter` got the topic
/// whose reply says "Mr Carter!"; `about you` never answered; a door that opens `with {chisel}`
/// was "not something you can open"; `use chisel on door` did nothing; `x hole` asked for fewer
/// words; `kindly open the gate` and `please, open the gate` were not understood.
@Suite struct TombAuthorFindingsTests {
    static let source = """
    story "Wonderful Things" id tomb

    scene camp "Carter's Camp"
      Your camp is a tent in the hot sun. A gate of palm ribs closes the yard.
      exit south to stairway
      thing gate "palm gate"
        nouns gate
        container
        closed
        fixed
      thing chest "tool chest"
        container
        closed
        fixed
      thing chisel "iron chisel"
        starts in chest

    scene stairway "The Sixteen Steps"
      Sixteen steps lead down into the rock. At the bottom is a sealed doorway.
      exit north to camp
      exit down to passage
        only if door-opened, else "The plastered doorway is still sealed."
      thing outer-door "sealed doorway"
        nouns door, doorway
        fixed
      on open {outer-door} with {chisel}
        only if holding chisel, else "You need a tool for that."
        Stone by stone, your men take the blocking down.
        set door-opened

    scene passage "The Descending Passage"
      The passage slopes down to a second doorway.
      exit up to stairway
      thing inner-door "second doorway"
        nouns door, doorway
        fixed
        Plaster and seals, just like the first door.
      on look through hole
        Nothing but darkness beyond.

    person reis "Reis Ahmed"
      starts in camp
      nouns reis, ahmed, foreman
      talk
        "Effendi?"

    person evelyn "Lady Evelyn"
      starts in stairway
      nouns evelyn, lady
      talk
        "Mr Carter! Is this really a tomb?"
      about heat, sun, water
        "It is so terribly hot." "And you should wear a hat, Mr Carter!"
      about you, yourself
        "I am quite well, thank you."
      about anything else
        "You must ask Father about that."
    """

    static func said(_ game: inout Game, _ command: String) -> [String] {
        game.perform(command).outputs.compactMap { output -> String? in
            switch output {
            case .paragraph(let text): text
            case .error(let text): text
            case .question(let text): text
            case .heading(let title, _, _): "# \(title)"
            default: nil
            }
        }
    }

    static func game(_ commands: String...) throws -> Game {
        var game = Game(story: try #require(StoryCompilerShim.compile(Self.source)))
        for command in commands { _ = game.perform(command) }
        return game
    }

    // 3. A direction word wins over a scene's title.

    @Test func climbingDownTheStepsWithNoWayDownDoesNotGoUp() throws {
        var game = try Self.game("open chest", "take chisel", "s", "open door with chisel", "down")
        let said = Self.said(&game, "climb down the steps")
        #expect(!said.contains("# The Sixteen Steps"))
        #expect(said.first?.hasPrefix("You can't go down") == true)
    }

    @Test func climbingDownGoesDown() throws {
        var game = try Self.game("open chest", "take chisel", "s", "open door with chisel")
        #expect(Self.said(&game, "climb down").contains("# The Descending Passage"))
    }

    // 4. A name a reply speaks to, and `about you`.

    @Test func askingAboutTheNameAReplySpeaksToIsNotThatTopic() throws {
        var game = try Self.game("s")
        #expect(Self.said(&game, "ask evelyn about carter") == ["\"You must ask Father about that.\""])
    }

    @Test func aQuestionToThePersonAboutThemselvesReachesAboutYou() throws {
        var game = try Self.game("s", "talk to evelyn")
        #expect(Self.said(&game, "are you tired") == ["\"I am quite well, thank you.\""])
        #expect(Self.said(&game, "ask evelyn about the sun") == ["\"It is so terribly hot.\" \"And you should wear a hat, Mr Carter!\""])
    }

    // 5. A door the story opens with a tool.

    @Test func openingTheDoorWithTheToolOutOfSightShowsTheAuthorsRefusal() throws {
        var game = try Self.game("s")
        #expect(Self.said(&game, "open door") == ["You need a tool for that."])
        #expect(Self.said(&game, "open door with chisel") == ["You need a tool for that."])
    }

    @Test func openingTheDoorWithTheToolCarriedUsesIt() throws {
        var game = try Self.game("open chest", "take chisel", "s")
        #expect(Self.said(&game, "open door") == ["(with the iron chisel)", "Stone by stone, your men take the blocking down."])
    }

    @Test func usingTheToolOnTheDoorOpensIt() throws {
        var game = try Self.game("open chest", "take chisel", "s")
        #expect(Self.said(&game, "use chisel on door") == ["Stone by stone, your men take the blocking down."])
    }

    @Test func aThingNoActionOpensIsStillNotOpenable() throws {
        var game = try Self.game("open chest", "take chisel")
        #expect(Self.said(&game, "open chisel") == ["That's not something you can open."])
    }

    @Test func aWordOnlyOfAnActionsPatternIsNotInSight() throws {
        var game = try Self.game("open chest", "take chisel", "s", "open door with chisel", "down")
        #expect(Self.said(&game, "x hole") == ["You can't see any hole here."])
    }

    // 6. `please` before any command.

    @Test func pleaseBeforeACommandDoesTheCommand() throws {
        var game = try Self.game()
        #expect(Self.said(&game, "please open the gate") == ["You open the palm gate."])
    }

    @Test func kindlyToThePersonInConversationDoesTheCommand() throws {
        var game = try Self.game("talk to reis")
        #expect(Self.said(&game, "kindly open the gate") == ["You open the palm gate."], "not \"Reis Ahmed nods as you say so.\"")
    }

    @Test func pleaseBeforeACommaDoesTheCommand() throws {
        var game = try Self.game("talk to reis")
        #expect(Self.said(&game, "please, open the gate") == ["You open the palm gate."], "not \"I don't know the word 'please'.\"")
    }
}
