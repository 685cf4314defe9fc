import AdventureEngine
import Foundation
import StoryModel
import Testing

/// What is in a container on a supporter is listed with it, as Inform lists it: a blind author's
/// satchel put on a bench hid the lamp and matches in it from `look` and `x bench` (session 17).
@Suite struct ContentsOfContentsTests {
    static let source = """
    story "Church" id church

    scene porch "The Church Porch"
      A porch of old stone.
      thing bench "stone bench"
        supporter
        fixed
        A stone bench by the door.
      thing satchel "school satchel"
        container
        starts on bench
      thing lamp "oil lamp"
        starts in satchel
      thing matches "box of matches"
        nouns box, matches
        starts in satchel
      thing tin "tin"
        container
        closed
        starts on bench
      thing coin "coin"
        starts in tin
    """

    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.replies(Self.source, commands)
    }

    @Test func aContainerOnASupporterIsListedWithWhatIsInIt() throws {
        let replies = try Self.replies("look", "x bench", "take lamp", "look")
        let listed = "On the stone bench are a school satchel (in which are an oil lamp and a box of matches) and a tin."
        #expect(replies[0].contains(listed), "\(replies[0])")
        #expect(replies[1].contains(listed), "\(replies[1])")
        #expect(replies[3].contains("On the stone bench are a school satchel (in which is a box of matches) and a tin."), "\(replies[3])")
    }

    /// `put leaflets in satchel`, then `i`: the leaflets were not listed (session 36's author).
    @Test func theInventoryListsWhatIsInACarriedContainer() throws {
        let replies = try Self.replies("take satchel", "i", "take lamp", "i", "take tin", "i")
        #expect(replies[1] == "You are carrying a school satchel (in which are an oil lamp and a box of matches).", "\(replies[1])")
        #expect(replies[3] == "You are carrying a school satchel (in which is a box of matches) and an oil lamp.", "\(replies[3])")
        // A closed container's contents are not seen.
        #expect(replies[5].hasSuffix("and a tin."), "\(replies[5])")
    }

    /// The envelope in the satchel the player carries is held: `holding envelope` was false there
    /// (session 36's author wrote `holding envelope or envelope is in satchel and holding satchel`).
    @Test func aThingInACarriedContainerIsHeld() throws {
        let source = """
        story "Porch" id porch

        scene porch "The Porch"
          A porch.
          thing satchel "satchel"
            container
          thing envelope "envelope"
            starts in satchel
          on knock
            {if holding envelope}You knock, the envelope ready.{else}You knock, empty-handed.{end}
        """
        let replies = try StoryCompilerShim.replies(source, ["knock", "take satchel", "knock", "drop satchel", "knock"])
        #expect(replies[0] == "You knock, empty-handed.")
        #expect(replies[2] == "You knock, the envelope ready.")
        #expect(replies[4] == "You knock, empty-handed.")
    }
}
