import AdventureEngine
import Foundation
import StoryModel
import Testing

/// `turn the lamp on` is `turn on the lamp`: a verb's particle typed after its object, as Inform
/// players type it, reaches the story's action for the verb with its particle, and a pattern
/// written with the particle last means the same. Before, `turn lamp on` with `on turn on {lamp}`
/// said "Nothing obvious happens." and `switch lamp on` "That's not something you can switch.",
/// and a global `turn {radio} on` hid the scene's `turn on {radio}` (a blind student's `turn radio
/// on` got the wrong scene's radio, session 18).
@Suite struct ParticleAfterObjectTests {
    static let source = """
    story "Lamp" id lamp

    scene room "The Room"
      A room with a door to the north.
      exit north to hall
      thing lamp "brass lamp"
      thing cap "woollen cap"
        wearable
      on turn on {lamp}
        The lamp glows warmly.
      on turn off {lamp}
        The lamp goes dark.

    scene hall "The Hall"
      A cold hall.
      exit south to room
      thing radio "field radio"
      on turn {radio} on
        The radio crackles.

    on turn on {lamp}, turn {lamp} on
      The lamp clicks, somewhere else.
    """

    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.replies(Self.source, commands)
    }

    @Test func theParticleAfterTheObjectReachesTheVerbWithItsParticle() throws {
        let replies = try Self.replies("turn lamp on", "turn the brass lamp off", "switch lamp on", "switch it off")
        #expect(replies == ["The lamp glows warmly.", "The lamp goes dark.", "The lamp glows warmly.", "The lamp goes dark."])
    }

    @Test func aPatternWithTheParticleLastCatchesBothOrders() throws {
        let replies = try Self.replies("north", "turn on radio", "turn radio on", "switch the radio on")
        #expect(Array(replies.dropFirst()) == ["The radio crackles.", "The radio crackles.", "The radio crackles."])
    }

    @Test func theScenesActionStillComesBeforeTheGlobalOneInEitherOrder() throws {
        let replies = try Self.replies("turn lamp on", "turn on lamp")
        #expect(replies == ["The lamp glows warmly.", "The lamp glows warmly."])
    }

    @Test func wearingAndTakingOffWithTheParticleLast() throws {
        let replies = try Self.replies("take cap", "put cap on", "take cap off", "put it on")
        #expect(replies == ["Taken.", "You put on the woollen cap.", "You take off the woollen cap.", "You put on the woollen cap."])
    }
}
