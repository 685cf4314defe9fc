import AdventureEngine
import StoryModel
import Testing

/// `goodbye, colonel` with two colonels here, while talking to one of them, is for him (issue
/// #11, the twenty-seventh blind run: it had asked "Which do you mean …?"), as `thanks, colonel`
/// already was; with nobody in conversation it still asks.
@Suite struct FarewellInConversationTests {
    static let story = testStory("""
    scene hut "The Hut"
      A hut.
      person gordeyev "Lieutenant Colonel Gordeyev"
        nouns gordeyev, colonel
        A colonel.
        talk
          "Welcome," says Gordeyev.
      person karpovich "Colonel Karpovich"
        nouns karpovich, colonel
        Another colonel.
        talk
          "Hm," says Karpovich.
    """)

    @Test func aFarewellByRankIsForThePersonInConversation() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to karpovich", "goodbye, colonel"]) == "You wave to Colonel Karpovich.")
        #expect(lastReply(story, ["talk to gordeyev", "bye colonel"]) == "You wave to Lieutenant Colonel Gordeyev.")
        #expect(lastReply(story, ["talk to karpovich", "thank the colonel"]) == "You thank Colonel Karpovich.")
        #expect(lastReply(story, ["bye colonel"]).hasPrefix("Which do you mean"))
    }
}
