import AdventureEngine
import StoryModel
import Testing

/// `im confused`, `im lost`, `what now` ask for the hint, even right after talking to someone
/// (a blind author's Christmas truce, session 13: `im confused` got "Jack nods as you say so.").
@Suite struct HintRequestsInConversationTests {
    static let story = testStory("""
    scene trench "The Trench"
      hint Talk to the sergeant.
      Frost on the sandbags.
      person jack "Private Jack Evans"
        nouns jack, evans
        A young Welshman.
        talk
          "Cold one tonight," Jack says.
    """)

    @Test("a confused or lost student gets the hint in conversation",
          arguments: ["im confused", "i'm confused", "i am so confused", "confused", "im lost", "what now", "i dont know what to do"])
    func hint(words: String) throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to jack", words]) == "Talk to the sergeant.")
    }
}

/// A person with a topic for the words answers them instead.
@Suite struct HintRequestsAnsweredByATopicTests {
    static let story = testStory("""
    scene trench "The Trench"
      hint Talk to the sergeant.
      Frost on the sandbags.
      person jack "Private Jack Evans"
        nouns jack, evans
        A young Welshman.
        talk
          "Cold one tonight," Jack says.
        about lost, confused
          "Stick with me, boyo."
    """)

    @Test func aTopicForTheWordsAnswersThem() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to jack", "im lost"]) == "\"Stick with me, boyo.\"")
        #expect(lastReply(story, ["talk to jack", "im confused"]) == "\"Stick with me, boyo.\"")
        #expect(lastReply(story, ["talk to jack", "what now"]) == "Talk to the sergeant.")
    }
}
