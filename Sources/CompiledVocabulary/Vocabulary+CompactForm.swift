import CommandParser
import StoryCompiler
import StoryModel

// The layout of the command parser's `Vocabulary` in its compiled form (`CompiledVocabulary`): each
// stored part in the order `Vocabulary` declares it, sets and dictionaries in sorted order, so the
// same vocabulary is always written the same way. A part added to `Vocabulary` must be added here
// too: `EmbedStoriesTool` embeds a form only when it reads back to the very vocabulary, and
// CompiledStoryTests checks the same for every story and fixture.

extension CompactWriter {
    mutating func write(_ vocabulary: Vocabulary, of story: Story) {
        number(UInt64(story.things.count))
        number(UInt64(story.scenes.count))
        number(UInt64(story.actions.count))
        list(vocabulary.thingsByWord.sorted { $0.key < $1.key }) { $0.string($1.key); $0.ints($1.value) }
        list(vocabulary.nouns) { $0.set($1) }
        list(vocabulary.words) { $0.set($1) }
        set(vocabulary.known)
        list(vocabulary.actionsByVerb.sorted { $0.key < $1.key }) { $0.string($1.key); $0.ints($1.value) }
        list(vocabulary.sceneWords) { $0.set($1) }
        set(vocabulary.exitVerbs)
        list(vocabulary.exitWords) { $0.list($1) { $0.set($1) } }
        canonicalPatternLists(vocabulary.canonicalPatterns, of: story.actions)
        list(vocabulary.actionsByCanonicalVerb.sorted { $0.key < $1.key }) { $0.string($1.key); $0.ints($1.value) }
        set(vocabulary.verbs.words)
    }
}

extension CompactReader {
    /// Reads a vocabulary written for `story`, checking that every index in it fits the story, so
    /// that a vocabulary read here can never make the parser trap. (The counts are compared by
    /// index: `map(\\.count)` went through a key path per scene and action, 0.7 M instructions
    /// at every start.)
    mutating func readVocabulary(of story: Story) throws -> Vocabulary {
        guard try number() == story.things.count, try number() == story.scenes.count, try number() == story.actions.count else {
            throw failure("the vocabulary was made for another story")
        }
        let things = 0..<story.things.count
        let actions = 0..<story.actions.count
        let thingsByWord = try intsByString()
        let nouns = try stringSets()
        let words = try stringSets()
        let known = try stringSet()
        let actionsByVerb = try intsByString()
        let sceneWords = try stringSets()
        let exitVerbs = try stringSet()
        let exitWords = try stringSetLists()
        let canonicalPatterns = try canonicalPatternLists(of: story.actions)
        let actionsByCanonicalVerb = try intsByString()
        let verbs = try stringSet()
        guard nouns.count == story.things.count, words.count == story.things.count,
              thingsByWord.values.allSatisfy({ $0.allSatisfy(things.contains) }),
              [actionsByVerb, actionsByCanonicalVerb].allSatisfy({ $0.values.allSatisfy { $0.allSatisfy(actions.contains) } }),
              sceneWords.count == story.scenes.count,
              exitWords.count == story.scenes.count, story.scenes.indices.allSatisfy({ exitWords[$0].count == story.scenes[$0].exits.count }),
              canonicalPatterns.count == story.actions.count,
              story.actions.indices.allSatisfy({ canonicalPatterns[$0].count == story.actions[$0].patterns.count }),
              canonicalPatterns.allSatisfy({ $0.allSatisfy { $0.elements.allSatisfy { element in
                  if case .slot(.thing(let thing)) = element { things.contains(thing) } else { true }
              } } })
        else { throw failure("the vocabulary does not fit the story") }
        return Vocabulary(story: story, thingsByWord: thingsByWord, nouns: nouns, words: words, known: known,
                          actionsByVerb: actionsByVerb, sceneWords: sceneWords, exitVerbs: exitVerbs, exitWords: exitWords,
                          canonicalPatterns: canonicalPatterns, actionsByCanonicalVerb: actionsByCanonicalVerb, verbs: verbs)
    }
}
