import AdventureEngine
import StoryModel
import Testing

/// A name that many things of the story share (`iron gate`, seventy of them): the one here is
/// the one meant, as with a few; the noun resolver then asks which are in sight before it
/// narrows the long lists of things every word names (NounResolver.answering).
@Suite struct ManyThingsOfOneNameTests {
    static let story: Story? = {
        let rooms = (1...70).map { room in
            ["scene room\(room) \"Room \(room)\"",
             "  A bare room.",
             room < 70 ? "  exit east to room\(room + 1)" : "  exit west to room\(room - 1)",
             "  thing gate\(room) \"iron gate\"",
             "    fixed",
             "    A heavy iron gate with the number \(room) cast into its lock.",
             ""].joined(separator: "\n")
        }
        return testStory(rooms.joined(separator: "\n"))
    }()

    @Test func theGateHereIsTheOneExamined() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["examine iron gate"]).contains("number 1 cast"))
        #expect(lastReply(story, ["east", "east", "examine the iron gate"]).contains("number 3 cast"))
        #expect(lastReply(story, ["east", "x gate"]).contains("number 2 cast"))
    }
}
