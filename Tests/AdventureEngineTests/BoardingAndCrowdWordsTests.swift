import AdventureEngine
import StoryModel
import Testing

/// `board lifeboat` (a way of saying `enter`, as in Inform) and `x men` where the prose has "a
/// crowd of men" and two men are here, neither with the noun (the Titanic author, session 14).
@Suite struct BoardingAndCrowdWordsTests {
    @Test func boardTakesTheExitItNames() throws {
        let story = try #require(BoatDeckStory.story)
        #expect(lastReply(story, ["board lifeboat"]).hasPrefix("Lightoller pushes you back"))
        #expect(lastReply(story, ["show form to lightoller", "board the lifeboat"]).contains("You are in the lifeboat."))
    }

    @Test func aCrowdInTheProseIsSceneryNotTheTwoPeopleHere() throws {
        let story = try #require(BoatDeckStory.story)
        let reply = lastReply(story, ["x men"])
        #expect(!reply.contains("Which do you mean"))
        #expect(reply == "You don't need to do anything with 'men': it is just part of the scene.")
    }

    @Test func aSingularPersonWordStillNamesThePeopleHere() throws {
        let story = try #require(BoatDeckStory.story)
        #expect(lastReply(story, ["talk to the man"]).hasPrefix("Which do you mean"))
    }
}
