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
        // A thing has a noun and an adjective or two: room for about two words a thing at once,
        // and each thing's set filled in place, without the three arrays joined to make it
        // (docs/performance.md, "Compile, thirteenth round").
        byWord.reserveCapacity(story.things.count * 2)
        var words: [Set<String>] = []
        words.reserveCapacity(story.things.count)
        for index in story.things.indices {
            let nouns = story.things[index].nouns
            let adjectives = story.things[index].adjectives
            var all = Set<String>(minimumCapacity: nouns.count * 2 + adjectives.count)
            for noun in nouns { all.insert(noun) }
            for adjective in adjectives { all.insert(adjective) }
            for noun in nouns { all.insert(Vocabulary.otherNumber(noun)) }
            for word in all { byWord[word, default: []].append(index) }
            words.append(all)
        }
        thingsByWord = byWord
        self.words = words
    }
}
