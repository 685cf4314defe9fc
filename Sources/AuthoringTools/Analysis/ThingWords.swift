import CommandParser
import StoryModel

/// The words each thing answers to, indexed once: the part of the command parser's `Vocabulary`
/// that the lint rules read (`thingsByWord`, `words`), made without the rest of it (the
/// grammar's tables, scene and exit words), which the rules never look at.
///
/// The same words as `Vocabulary`: a thing's nouns, adjectives and the other number of each noun
/// ("soldier" for "soldiers"); a test checks that both agree on every story.
struct ThingWords {
    /// For each word, the things that answer to it, in story order.
    let thingsByWord: [String: [ThingIndex]]
    /// All words of each thing.
    let words: [Set<String>]

    init(story: Story) {
        var byWord: [String: [ThingIndex]] = [:]
        var words: [Set<String>] = []
        words.reserveCapacity(story.things.count)
        for index in story.things.indices {
            let nouns = story.things[index].nouns
            let all = Set(nouns + story.things[index].adjectives + nouns.map(Vocabulary.otherNumber))
            for word in all { byWord[word, default: []].append(index) }
            words.append(all)
        }
        thingsByWord = byWord
        self.words = words
    }
}
