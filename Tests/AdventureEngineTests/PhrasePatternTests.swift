import AdventureEngine
import CommandParser
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// A story action whose pattern starts with a question or small word (`on why do i need the flag`,
/// `on were the coordinates wrong`, `on dont drink`) answers the whole phrase only: elsewhere the
/// command reads as if the story had no such pattern (PhrasePatterns.swift).
@Suite struct PhrasePatternTests {
    static let scenes = """
    scene bank "The River Bank"
      A grey river. A sergeant stands by the water.
      exit east to road
      person sergeant "sergeant"
        nouns sergeant
        here The sergeant watches the far bank.
        A tired sergeant.
        talk
          "Orders are orders," he says.
        about the orders, further, river
          "Five miles and no further," he says.
    %@

    scene road "The Road"
      A dusty road. A corporal leans on a jeep.
      exit west to bank
      person corporal "corporal"
        nouns corporal
        here The corporal leans on the jeep.
        A cheerful corporal.
        talk
          "Nice day for it," he says.
        about the orders, further, river
          "Five miles, they said. No further," he says.
        about flares
          "We have no green flares," he says.
    """

    static let phrases = """
      on why do i need the flag, why do i need a flag
        "To show the Russians who we are," the sergeant says.
      on were the coordinates wrong
        "Not by much," the sergeant says.
      on dont drink
        You leave the bottle alone.
    """

    static func story(_ actions: String) -> Story {
        let source = "story \"Small Words\"\n  id small-words\n  by The elbe-adventure tests\n  start at bank\n\n"
            + scenes.replacingOccurrences(of: "%@", with: actions)
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the phrase-pattern story does not compile") }
        return story
    }

    static let withPhrases = story(phrases)
    static let withoutPhrases = story("")

    @Test func theWholePhraseIsTheStorysAction() {
        #expect(lastReply(Self.withPhrases, ["why do i need the flag"]) == "\"To show the Russians who we are,\" the sergeant says.")
        #expect(lastReply(Self.withPhrases, ["ok why do i need a flag"]) == "\"To show the Russians who we are,\" the sergeant says.")
        #expect(lastReply(Self.withPhrases, ["were the coordinates wrong?"]) == "\"Not by much,\" the sergeant says.")
        #expect(lastReply(Self.withPhrases, ["dont drink"]) == "You leave the bottle alone.")
    }

    @Test(arguments: [
        "why cant we go further", "why do i need the flag", "why do we wait", "were the coordinates wrong", "were you scared",
        "we dont have green flares??", "dont have food", "dont go", "can i borrow ur rifle", "did you see the russians",
        "are you ok", "who are you", "now what", "try again", "why",
    ])
    func elsewhereTheBuiltInReadingsAnswerAsWithoutThePatterns(command: String) {
        let commands = ["east", "talk to corporal", command]
        let reply = lastReply(Self.withPhrases, commands)
        #expect(reply == lastReply(Self.withoutPhrases, commands))
        #expect(!reply.contains("I understood 'why'"))
        #expect(!reply.contains("I didn't understand that sentence"))
    }

    @Test func builtInQuestionsStillReachThePersonInConversation() {
        #expect(lastReply(Self.withPhrases, ["east", "talk to corporal", "why cant we go further"])
            == "\"Five miles, they said. No further,\" he says.")
        #expect(lastReply(Self.withPhrases, ["east", "talk to corporal", "we dont have green flares??"])
            == "\"We have no green flares,\" he says.")
    }

    /// The vocabulary without the phrases is taken out of the story's own at the first command,
    /// not indexed again, nor at the start (issue #15), and it is the very vocabulary indexing the
    /// story without its phrases would give, here and in the Elbe story.
    @Test func theVocabularyWithoutThePhrasesIsTheOneOfTheStoryWithoutThem() throws {
        let elbe = try #require(StoryCompiler.compile(path: Fixtures.repositoryRoot() + "/Stories/elbe.story").story)
        for story in [Self.withPhrases, elbe] {
            let parser = CommandParser(story: story)
            #expect(!parser.phrasesAreFound)
            let plain = try #require(parser.withoutPhrases)
            #expect(parser.phrasesAreFound)
            #expect(plain.story.actions.count == story.actions.count)
            #expect(plain.vocabulary == Vocabulary(story: plain.story))
            #expect(plain.vocabulary != Vocabulary(story: story))
        }
        #expect(CommandParser(story: Self.withoutPhrases).withoutPhrases == nil)
        // The phrase's own words are no words of the story where nothing else uses them.
        let plain = try #require(CommandParser(story: Self.withPhrases).withoutPhrases?.vocabulary)
        #expect(!plain.knows("coordinates") && !plain.verbs.contains("why") && plain.knows("flares"))
        #expect(Vocabulary(story: Self.withPhrases).knows("coordinates"))
    }
}
