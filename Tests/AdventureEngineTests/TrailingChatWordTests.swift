import AdventureEngine
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// A chat word last on a line, and `hello` with several people here (the forty-sixth blind run,
/// issue #11): `drink ink lol` is drinking the ink, `guide thx bye` thanks the guide, and
/// `hello` with two people and nobody in conversation greets them all.
@Suite struct TrailingChatWordTests {
    func reply(_ commands: String...) -> String { lastReply(RereadingTests.story, commands) }

    @Test func aLaughLastIsLeftOut() {
        #expect(reply("e", "take lamp lol") == "Taken.")
        #expect(reply("x map haha") == reply("x map"))
        #expect(reply("e", "hug andreyev lol lol") == "Andreyev wraps you in a bear hug.")
    }

    @Test func byeAfterThanksIsTheThanks() throws {
        // The forty-sixth blind run at the memorial: "I understood 'guide' but not 'thanks bye'".
        let root = Fixtures.repositoryRoot()
        let story = try #require(StoryCompiler.compile(path: root + "/Stories/elbe.story").story)
        let transcript = try String(contentsOfFile: root + "/Stories/elbe.tests/eighth-playtest.transcript", encoding: .utf8)
        let commands = transcript.split(separator: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
        let upToGuide = try #require(commands.firstIndex { $0.hasPrefix("ask guide about") })
        let played = Array(commands[...upToGuide])
        #expect(lastReply(story, played + ["guide thx bye"]) == "You thank the guide.")
        #expect(lastReply(story, played + ["guide thx"]) == "You thank the guide.")
        #expect(lastReply(story, played + ["guide thanks lol"]) == "You thank the guide.")
    }

    @Test func helloWithSeveralPeopleAndNobodyInConversationGreetsThemAll() {
        #expect(reply("e", "hello").hasPrefix("You greet the Polish workers and Sergeant Andreyev; Sergeant Andreyev answers."))
        // The one just talked to is still the one greeted.
        #expect(reply("e", "talk to andreyev", "hello") == reply("e", "talk to andreyev"))
    }
}
