import AdventureEngine
import StoryModel
import Testing

/// An apology or a refusal said alone is never the story's catch-all `on say to` (the fifty-first
/// blind run: `Sorry, sir, no comment.` and `Sorry, I can't.` told the reporter the whole story,
/// after his warning, and ended the game), and a doubt about a promise is not the promise (`What
/// good is a promise?` had made the oath, read as `about i promise`).
@Suite struct ApologiesAndRefusalsTests {
    static let story = testStory("""
    scene square "The Square"
      A reporter waits with his notebook.
      person reporter "Whitcomb"
        nouns reporter, whitcomb, man
        A war correspondent.
        talk
          "Tell me the story, soldier. Where were you?"
      person polowsky "Polowsky"
        nouns polowsky, joe
        A soldier who speaks Russian.
        about i promise, never again
          "That's the whole promise," Polowsky says.
          set sworn
        about oath, promise
          "We ought to promise something," he says.
      on say to {reporter}
        You tell him everything.
        end told
      on refuse
        "No comment," you say.
      on check
        {if sworn}Sworn.{else}Not sworn.{end}
    ending told "Told"
      The story runs.
    """)

    @Test(arguments: ["Sorry, I can't.", "I can't.", "im sorry i cant", "I won't.", "I'd rather not.", "sorry, i cant say"])
    func aRefusalAloneIsTheRefusal(line: String) throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to whitcomb", line]) == "\"No comment,\" you say.")
    }

    @Test(arguments: ["sorry", "Sorry, sir.", "I am so sorry.", "sorry about that"])
    func anApologyAloneTellsNothing(line: String) throws {
        let story = try #require(Self.story)
        let reply = lastReply(story, ["talk to whitcomb", line])
        #expect(reply != "You tell him everything.")
        #expect(!reply.contains("The story runs."))
    }

    @Test func somethingElseSaidToHimIsStillTheStorysCatchAll() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to whitcomb", "we crossed at strehla"]).hasPrefix("You tell him everything."))
    }

    @Test func aDoubtAboutAPromiseIsNotThePromise() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to polowsky", "What good is a promise?"]) == "\"We ought to promise something,\" he says.")
        #expect(lastReply(story, ["talk to polowsky", "What good is a promise?", "check"]) == "Not sworn.")
        #expect(lastReply(story, ["talk to polowsky", "i promise", "check"]) == "Sworn.")
    }

    @Test func notBeingSureIsAShrug() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to polowsky", "I am not sure."]) == "You shrug, and Polowsky lets it go.")
    }
}
