import AdventureEngine
import Testing

/// Session 37's blind student and session 36's Inform veteran, left over: `shut up ferris` ("I
/// understood 'shut' but not the rest"), `shut up` ("You don't need to do anything with 'up'"),
/// `ferris you idiot` ("Captain Ferris nods as you say so."), and `inventory tall`, which gave the
/// sentence.
@Suite struct RudeRemarksTests {
    static let source = """
    story "Post" id rude-remarks

    scene post "The Command Post"
      A room with a map.
      exit out to lane
      person ferris "Captain Ferris"
        nouns ferris, captain
        talk
          "Listen carefully."
      thing helmet "steel helmet"
        wearable
        starts worn
        A helmet.
      thing flare "green flare"
        starts carried
        A flare.

    scene lane "The Lane"
      A muddy lane.
      exit in to post
      person ortiz "Ortiz"
        nouns ortiz, driver
        talk
          "Ready."
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        talk
          "Morning."
      on insult {brennan}
        "Say that again, Sparks," Brennan says quietly.
    """

    func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.questionsAndReplies(Self.source, commands)
    }

    @Test func tellingSomeoneToShutUpOrCallingThemNamesIsNeverAnOrderOrANod() throws {
        let bitten = "You bite your tongue. Better not say that to Captain Ferris."
        for command in ["shut up ferris", "ferris shut up", "ferris, shut up", "tell ferris to shut up", "be quiet ferris",
                        "ferris you idiot", "ferris you are stupid", "you are so stupid ferris", "insult ferris"] {
            #expect(try replies(command) == [bitten], "\(command)")
        }
        // Ferris is the only one here: `shut up` and `you idiot` alone are said to him.
        #expect(try replies("shut up", "you idiot", "shh") == [bitten, bitten, bitten])
    }

    @Test func withNobodyMeantTheThoughtIsKept() throws {
        // Two people in the lane and none spoken with: to nobody's face.
        #expect(try replies("out", "shut up").last == "You keep the thought to yourself.")
        // Spoken with: to that one.
        #expect(try replies("out", "talk to ortiz", "you idiot").last == "You bite your tongue. Better not say that to Ortiz.")
    }

    @Test func aStoryActionForTheInsultComesFirst() throws {
        #expect(try replies("out", "shut up brennan").last == "\"Say that again, Sparks,\" Brennan says quietly.")
    }

    @Test func aFeelingAndTheVerbShutAreLeftAlone() throws {
        // `so stupid` with nobody called it is a reaction, not an insult.
        #expect(try replies("so stupid", "this is stupid") == ["You keep the thought to yourself.", "You keep the thought to yourself."])
        #expect(try replies("shut the helmet").last?.contains("tongue") == false)
    }

    @Test func inventoryTallListsOneThingALine() throws {
        let story = try #require(StoryCompilerShim.compile(Self.source))
        for command in ["inventory tall", "i tall", "inv tall"] {
            var game = Game(story: story)
            let outputs = game.perform(command).outputs
            #expect(outputs.contains(.lines(["You are carrying:", "a green flare", "a steel helmet (worn)"])), "\(command): \(outputs)")
        }
        var game = Game(story: story)
        #expect(game.perform("i wide").outputs == [.paragraph("You are carrying a green flare and a steel helmet (worn).")])
    }

    /// Session 38's history student: `look around the barn` ("I understood 'look' but not the rest").
    @Test func lookingAroundThePlaceIsLook() throws {
        let story = try #require(StoryCompilerShim.compile(Self.source))
        for command in ["look around the room", "look around here", "look round the post"] {
            var game = Game(story: story)
            let looked = game.perform("look").outputs
            var other = Game(story: story)
            #expect(other.perform(command).outputs == looked, "\(command)")
        }
    }
}
