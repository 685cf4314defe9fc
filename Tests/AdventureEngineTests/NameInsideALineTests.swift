import AdventureEngine
import Testing

/// A name between a greeting and a question (`Good morning, Ortiz. Did you sleep well?`).
@Suite struct NameInsideALineTests {
    func reply(_ commands: String...) -> String { lastReply(BarnStory.story, commands) }

    @Test func aNameBetweenAGreetingAndAQuestionSaysWhomBothAreFor() {
        let line = reply("Good morning, Ortiz. Did you sleep well?")
        #expect(line.contains("Morning, Sparks"))
        #expect(line.contains("Like a baby"))
        #expect(!line.contains("understood"))
        // A greeting that names nobody, after one that was answered, adds nothing.
        #expect(reply("Hello, Ortiz. Good morning!") == reply("hello ortiz"))
    }
}
