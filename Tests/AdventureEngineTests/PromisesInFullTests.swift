import AdventureEngine
import StoryModel
import Testing

/// A promise said in full is the promise: `I promise that we will do what we can so this never
/// happens again.` had been "I understood 'promise' but not the rest" (the forty-ninth blind run).
@Suite struct PromisesInFullTests {
    static let story = testStory("""
    scene village "The Village"
      Tables under the trees.
      person polowsky "Polowsky"
        nouns polowsky, joe
        A soldier who speaks Russian.
        talk
          "Will you promise, Sparks?"
        about i promise, we promise, promise
          "Good," Polowsky says. "Then we'll remember."
          set sworn
      on swear oath
        You swear.
        set sworn
      on check
        {if sworn}Sworn.{else}Not sworn.{end}
    """)

    @Test func aPromiseInFullIsThePromise() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to polowsky", "I promise that we will do what we can so this never happens again."])
            == "\"Good,\" Polowsky says. \"Then we'll remember.\"")
        #expect(lastReply(story, ["talk to polowsky", "we promise to remember them", "check"]) == "Sworn.")
    }
}
