import AdventureEngine
import Testing

/// A name the story never taught the parser is no typo (`ask ortiz about san antonio`, never
/// `sad`): the topic whose reply says it, else the person's default.
@Suite struct NameNoTypoTests {
    func reply(_ commands: String...) -> String { lastReply(BarnStory.story, commands) }

    @Test func aNameTheStoryDoesNotKnowIsNoTypoButTheTopicThatSaysIt() {
        let asked = reply("talk to ortiz", "ask ortiz about san antonio")
        #expect(!asked.contains("Sad?"))
        #expect(asked == "\"San Antonio, Sparks. Still there, last I heard.\"")
        // Words no reply says and no topic word is near: no correction, the person's default.
        #expect(reply("ask ortiz about san diego") == "\"Ask the lieutenant,\" says Ortiz.")
    }
}
