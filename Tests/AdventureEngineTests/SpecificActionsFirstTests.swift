import AdventureEngine
import Foundation
import StoryModel
import Testing

/// An action for one thing wins over an action for any thing at the same level, whichever is
/// written first: a blind author's `on light {thing}` ("You can't light that.") above `on strike
/// {matches}, light {matches}` made `light matches` refuse (session 17). The scene's own actions
/// still come before the story's global ones.
@Suite struct SpecificActionsFirstTests {
    static let source = """
    story "Cave" id cave

    on light {thing}
      You can't light that.

    scene woods "The Woods"
      A fallen tree.
      exit down to cave
      thing matches "box of matches"
        nouns box, matches
      thing stone "flat stone"

    scene cave "The Cave"
      A hollow under the roots.
      exit up to woods
      thing lamp "oil lamp"
      on light {thing}
        Not down here.

    on strike {matches}, light {matches}
      You strike a match.

    on light {lamp}
      The wick catches.
    """

    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.replies(Self.source, commands)
    }

    @Test func theMatchesOwnActionWinsOverTheGeneralOneWrittenBefore() throws {
        let replies = try Self.replies("light matches", "light stone", "strike matches")
        #expect(replies == ["You strike a match.", "You can't light that.", "You strike a match."])
    }

    @Test func theScenesOwnActionStillComesBeforeAGlobalOne() throws {
        let replies = try Self.replies("down", "light lamp")
        #expect(replies.last == "Not down here.")
    }
}
