import AdventureEngine
import StoryModel
import Testing

/// `yes` to a proposal whose command only leads back to the same person's same reply (a blind
/// author's Christmas truce, session 13): Jack's `"Shall we go and meet them?" Jack asks.`
/// proposed `go and meet them`, read as talking to Jack again, and `yes` replayed his talk.
@Suite struct ProposalsBackToTheSameReplyTests {
    static let story = testStory("""
    scene trench "The Trench"
      Frost on the sandbags. Across no man's land, someone is singing.
      person jack "Private Jack Evans"
        nouns jack, evans, private
        A young Welshman, nineteen, always joking.
        talk
          "Shall we go and meet them?" Jack asks.
      person harris "Sergeant Harris"
        nouns harris, sergeant
        A tired sergeant.
        talk
          "Will you climb out?" Harris asks.
      on climb out
        You climb over the parapet into no man's land.
    """)

    @Test func aYesThatWouldOnlyRepeatTheReplyNods() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to jack", "yes"]) == "You nod to Private Jack Evans.")
        #expect(lastReply(story, ["talk to jack", "yes", "yes"]) != "\"Shall we go and meet them?\" Jack asks.")
    }

    @Test func aProposalThatLeadsSomewhereIsStillCarriedOut() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to harris", "yes"]) == "You climb over the parapet into no man's land.")
    }
}
