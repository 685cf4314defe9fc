import Foundation
import StoryModel
import Testing
import TestSupport

/// A `Story` keeps its fields behind one shared reference (docs/performance.md, "Per command,
/// seventh round"), yet stays a value: changing a copy never changes the story it was copied
/// from, and equality, hashing and the JSON form are those of its fields.
@Suite struct StoryCopyTests {
    static let source = """
        scene hall "Hall"
          A bare hall.
          thing lamp "brass lamp"
            A lamp.
          on rub {lamp}
            It glows.

        """

    @Test func aChangedCopyLeavesTheStoryAsItWas() throws {
        let story = try #require(TinyStory.compile(Self.source).story)
        let nouns = story.things[0].nouns
        var copy = story
        #expect(copy == story && copy.hashValue == story.hashValue)
        copy.things[0].nouns.append("light")
        copy.actions[0].patterns.removeAll()
        copy.world.maximumScore = 5
        #expect(story.things[0].nouns == nouns)
        #expect(story.actions[0].patterns.count == 1)
        #expect(story.world.maximumScore == nil)
        #expect(copy != story)
        #expect(copy.things[0].nouns == nouns + ["light"])
    }

    @Test func aStoryReadBackFromJSONIsTheSameStory() throws {
        let story = try #require(TinyStory.compile(Self.source).story)
        let json = try JSONEncoder().encode(story)
        let keys = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any]).keys.sorted()
        #expect(keys == ["actions", "counters", "endings", "facts", "flags", "globalActions", "metadata", "scenes", "start", "things", "world"])
        #expect(try JSONDecoder().decode(Story.self, from: json) == story)
    }
}
