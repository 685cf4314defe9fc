import AdventureEngine
import Foundation
import StoryModel
import Testing

/// `tell me the plan` without `about` asks as `tell me about the plan` does (the fifty-ninth blind
/// run: "I understood 'tell' but not 'me plan'." where `brennan tell me the plan` worked). The
/// story's own action for the words still comes first.
@Suite struct TellMeWithoutAboutTests {
    static let source = """
    story "Jeep" id jeep

    scene lane "The Lane"
      A muddy lane.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        about plan
          "East, across the bridge," Brennan says.
        about name
          "Brennan. Sergeant, to you."
        about anything else
          Brennan shrugs.
      on tell me the joke
        Brennan tells you the one about the mule.
    """

    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.replies(Self.source, commands)
    }

    @Test func tellMeTheThingAsksAboutIt() throws {
        let replies = try Self.replies("tell me the plan", "tell us your name", "tell me ur name")
        #expect(replies == ["\"East, across the bridge,\" Brennan says.", "\"Brennan. Sergeant, to you.\"", "\"Brennan. Sergeant, to you.\""])
    }

    @Test func theStorysOwnActionForTheWordsComesFirst() throws {
        #expect(try Self.replies("tell me the joke") == ["Brennan tells you the one about the mule."])
    }
}
