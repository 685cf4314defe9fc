import CommandParser
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// "You don't need to refer to the stone wall" needs the scene's prose words the story does not
/// know; the parser asks whether a typed word is one of them by scanning the prose in place, and
/// must get the same answer as the words listed.
@Suite struct SceneryWordsTests {
    @Test func scanningTheProseAgreesWithTheListedWords() throws {
        let root = Fixtures.repositoryRoot()
        let story = try #require(StoryCompiler.compile(path: root + "/Stories/elbe.story").story)
        let scenery = Vocabulary(story: story).sceneryWords
        var everyWord: Set<String> = ["xyzzy", "then", "the", "take", "river", "elbe", "torgau", "kühren", "o'clock", "half-track"]
        for scene in story.scenes.indices { everyWord.formUnion(scenery[scene]) }
        var found = 0
        for scene in story.scenes.indices {
            let listed = scenery[scene]
            for word in everyWord {
                #expect(scenery.contains(word, scene: scene) == listed.contains(word), "\(word) in scene \(scene)")
                if listed.contains(word) { found += 1 }
            }
        }
        #expect(found > 100)
    }
}
