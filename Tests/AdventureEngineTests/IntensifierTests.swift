import AdventureEngine
import Testing

/// Thanks made stronger (`thank you very much, colonel`) are thanks.
@Suite struct IntensifierTests {
    func reply(_ commands: String...) -> String { lastReply(BarnStory.story, commands) }

    @Test func thanksMadeStrongerAreThanks() {
        let thanks = reply("thank gordeyev")
        #expect(thanks.contains("Nye za chto"))
        #expect(reply("Thank you very much, colonel.") == thanks)
        #expect(reply("thanks so much gordeyev") == thanks)
        #expect(reply("thank you really much colonel") == thanks)
        #expect(!reply("talk to gordeyev", "thanks a lot").contains("don't know the word"))
    }
}
