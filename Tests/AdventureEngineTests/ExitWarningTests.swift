import AdventureEngine
import StoryModel
import Testing

/// An exit whose text ends with the story's own "Are you sure?" keeps the player where they are
/// until `yes`: a blind author's `exit "walk through the gate"` printed the warning and moved her
/// at once, and the `yes` after it answered nothing (the Wall, session 13).
@Suite struct ExitWarningTests {
    static let story = testStory("""
    scene checkpoint "The Checkpoint"
      Thousands of people are pressed against the gate.
      exit "walk through the gate" to bridge
        if warned
          You walk through, into the floodlights.
        else
          The guards are watching you. Are you sure?
          set warned
      exit north to street
        Are the trams still running? You head up the street.
      thing gate "gate"
        fixed
        A red-and-white gate.

    scene street "The Street"
      An empty street.

    scene bridge "The Bridge"
      The steel bridge.
      on cross the bridge
        end west

    ending west "West" success
      You are in the West.
    """)

    func scene(after commands: [String]) throws -> String {
        let story = try #require(Self.story)
        var (game, _) = Game.start(story: story)
        for command in commands { _ = game.perform(command) }
        return story.scenes[game.state.scene].id
    }

    @Test func theWarningKeepsThePlayerHere() throws {
        let story = try #require(Self.story)
        #expect(try scene(after: ["walk through the gate"]) == "checkpoint")
        #expect(lastReply(story, ["walk through the gate"]).contains("Are you sure?"))
    }

    @Test func yesTakesTheExit() throws {
        let story = try #require(Self.story)
        #expect(try scene(after: ["walk through the gate", "yes"]) == "bridge")
        #expect(lastReply(story, ["walk through the gate", "yes"]).contains("You walk through, into the floodlights."))
    }

    @Test func noStaysAndTheSecondTryGoes() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["walk through the gate", "no"]).contains("You politely decline."))
        #expect(try scene(after: ["walk through the gate", "no"]) == "checkpoint")
        #expect(try scene(after: ["walk through the gate", "no", "walk through the gate"]) == "bridge")
    }

    /// A question that is not the last sentence asks nothing: the exit goes as before.
    @Test func aQuestionBeforeTheLastSentenceDoesNotStop() throws {
        #expect(try scene(after: ["north"]) == "street")
    }
}
