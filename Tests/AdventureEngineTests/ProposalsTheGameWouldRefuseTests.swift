import AdventureEngine
import StoryModel
import Testing

/// `yes` to "Will you get in?" where `get in` is the direction `in` and the scene has no exit
/// that way (the Titanic author, session 14): no proposal, so `yes` answers as if nothing was
/// proposed, never "You can't go in from here."
@Suite struct ProposalsTheGameWouldRefuseTests {
    @Test func aYesToAProposalTheGameWouldRefuseNods() throws {
        let story = try #require(BoatDeckStory.story)
        let reply = lastReply(story, ["show form to lightoller", "yes"])
        #expect(!reply.contains("You can't go in from here"))
        #expect(reply == "You nod to Second Officer Lightoller.")
    }
}
