@testable import AuthoringTools
import CommandParser
import StoryCompiler
import Testing
import TestSupport

/// The lint rules look words up in their own index (`ThingWords`) rather than building the
/// command parser's whole `Vocabulary`: both must name the same things by the same words, or a
/// warning would say "nothing here answers to 'x'" of a word the game understands.
@Suite struct ThingWordsTests {
    static let stories = ["Stories/elbe.story", "Stories/examples/ferry.story", "Stories/examples/cloak.story"]
        + Fixtures.files(in: Fixtures.directory(of: #filePath) + "/Warnings", withExtension: "story").map { "Tests/AuthoringToolsTests/Warnings/" + $0 }

    @Test("the lint rules' word index agrees with the parser's vocabulary", arguments: stories)
    func agreesWithVocabulary(path: String) throws {
        let story = try #require(StoryCompiler.compile(path: Fixtures.repositoryRoot() + "/" + path).story)
        let words = ThingWords(story: story)
        let vocabulary = Vocabulary(story: story)
        #expect(words.thingsByWord() == vocabulary.thingsByWord)
        #expect(story.things.indices.map(words.words(of:)) == vocabulary.words)
    }
}
