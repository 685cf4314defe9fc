import CommandParser
import StoryCompiler
import StoryModel

// The layout of the command parser's `Vocabulary` in its compiled form (`CompiledVocabulary`): the
// story's counts, then each table in the order `Vocabulary` declares it, each in a section of its
// own (`CompactWriter.section`: its length, then its bytes with strings of its own), so that the
// game reads a table only when a command first asks for it (docs/performance.md, "Start-up,
// sixteenth round"). Sets and dictionaries in sorted order, so the same vocabulary is always
// written the same way. A table added to `Vocabulary` must be added here too: `EmbedStoriesTool`
// embeds a form only when it reads back to the very vocabulary, and CompiledStoryTests checks the
// same for every story and fixture.

extension CompactWriter {
    mutating func write(_ vocabulary: Vocabulary, of story: Story) {
        number(UInt64(story.things.count))
        number(UInt64(story.scenes.count))
        number(UInt64(story.actions.count))
        section { $0.list(vocabulary.thingsByWord.sorted { $0.key < $1.key }) { $0.string($1.key); $0.ints($1.value) } }
        section { $0.list(vocabulary.nouns) { $0.set($1) } }
        section { $0.list(vocabulary.words) { $0.set($1) } }
        section { $0.set(vocabulary.known) }
        section { $0.list(vocabulary.actionsByVerb.sorted { $0.key < $1.key }) { $0.string($1.key); $0.ints($1.value) } }
        section { $0.list(vocabulary.sceneWords) { $0.set($1) } }
        section { $0.set(vocabulary.exitVerbs) }
        section { $0.list(vocabulary.exitWords) { $0.list($1) { $0.set($1) } } }
        section { $0.canonicalPatternLists(vocabulary.canonicalPatterns, of: story.actions) }
        section { $0.list(vocabulary.actionsByCanonicalVerb.sorted { $0.key < $1.key }) { $0.string($1.key); $0.ints($1.value) } }
        section { $0.set(vocabulary.verbs.words) }
    }
}

/// The tables of a vocabulary in its compiled form, by section: where each lies in the form, and
/// how each is read and checked against the story, so that a table read here can never make the
/// parser trap.
struct VocabularySections: Sendable {
    static let count = 11
    /// Where each table's section lies in the form's bytes.
    let ranges: [Range<Int>]
    let story: Story

    /// Skips the sections of a vocabulary written for `story`, noting where they lie.
    init(reading reader: inout CompactReader, of story: Story) throws {
        guard try reader.number() == story.things.count, try reader.number() == story.scenes.count,
              try reader.number() == story.actions.count else {
            throw reader.failure("the vocabulary was made for another story")
        }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(Self.count)
        for _ in 0..<Self.count { ranges.append(try reader.section()) }
        self.ranges = ranges
        self.story = story
    }

    /// Reads section `index` of `bytes` (the form's) with `read`, which must read all of it.
    func read<T>(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, _ read: (inout CompactReader) throws -> T) throws -> T {
        var reader = CompactReader(section: ranges[index], in: bytes)
        let value = try read(&reader)
        guard reader.isAtEnd else { throw reader.failure("unexpected bytes after a table of the vocabulary") }
        return value
    }

    private var things: Range<Int> { 0..<story.things.count }
    private var actions: Range<Int> { 0..<story.actions.count }

    func thingsByWord(_ reader: inout CompactReader) throws -> [String: [ThingIndex]] {
        let table = try reader.intsByString()
        guard table.values.allSatisfy({ $0.allSatisfy(things.contains) }) else { throw reader.failure("the vocabulary does not fit the story") }
        return table
    }

    /// The nouns or the words of each thing.
    func thingWords(_ reader: inout CompactReader) throws -> [Set<String>] {
        let sets = try reader.stringSets()
        guard sets.count == story.things.count else { throw reader.failure("the vocabulary does not fit the story") }
        return sets
    }

    /// `actionsByVerb` or `actionsByCanonicalVerb`.
    func actionsByWord(_ reader: inout CompactReader) throws -> [String: [Int]] {
        let table = try reader.intsByString()
        guard table.values.allSatisfy({ $0.allSatisfy(actions.contains) }) else { throw reader.failure("the vocabulary does not fit the story") }
        return table
    }

    func sceneWords(_ reader: inout CompactReader) throws -> [Set<String>] {
        let sets = try reader.stringSets()
        guard sets.count == story.scenes.count else { throw reader.failure("the vocabulary does not fit the story") }
        return sets
    }

    func exitWords(_ reader: inout CompactReader) throws -> [[Set<String>]] {
        let lists = try reader.stringSetLists()
        guard lists.count == story.scenes.count, story.scenes.indices.allSatisfy({ lists[$0].count == story.scenes[$0].exits.count })
        else { throw reader.failure("the vocabulary does not fit the story") }
        return lists
    }

    func canonicalPatterns(_ reader: inout CompactReader) throws -> [[Pattern]] {
        let lists = try reader.canonicalPatternLists(of: story.actions)
        guard lists.count == story.actions.count,
              story.actions.indices.allSatisfy({ lists[$0].count == story.actions[$0].patterns.count }),
              lists.allSatisfy({ $0.allSatisfy { $0.elements.allSatisfy { element in
                  if case .slot(.thing(let thing)) = element { things.contains(thing) } else { true }
              } } })
        else { throw reader.failure("the vocabulary does not fit the story") }
        return lists
    }

    func wordSet(_ reader: inout CompactReader) throws -> Set<String> { try reader.stringSet() }

    /// Every table read now and checked: the vocabulary, or a `CompactFormError`.
    func vocabulary(in bytes: UnsafeBufferPointer<UInt8>) throws -> Vocabulary {
        Vocabulary(story: story, thingsByWord: try read(0, in: bytes, thingsByWord), nouns: try read(1, in: bytes, thingWords),
                   words: try read(2, in: bytes, thingWords), known: try read(3, in: bytes, wordSet),
                   actionsByVerb: try read(4, in: bytes, actionsByWord), sceneWords: try read(5, in: bytes, sceneWords),
                   exitVerbs: try read(6, in: bytes, wordSet), exitWords: try read(7, in: bytes, exitWords),
                   canonicalPatterns: try read(8, in: bytes, canonicalPatterns),
                   actionsByCanonicalVerb: try read(9, in: bytes, actionsByWord), verbs: try read(10, in: bytes, wordSet))
    }
}

/// The tables of a compiled vocabulary embedded in the binary, each read from its section when a
/// command first asks for it. The form was made at build time beside the story form and checked
/// then to read back to the very vocabulary (`EmbedStoriesTool`); should a section still not read,
/// that table is taken from the vocabulary built from the story, so a table is always the story's.
struct VocabularySectionParts: Vocabulary.Parts {
    let form: String
    let sections: VocabularySections

    private func read<T>(_ index: Int, _ read: (VocabularySections) -> (inout CompactReader) throws -> T,
                         or built: (Vocabulary) -> T) -> T {
        var form = form
        let value = form.withUTF8 { bytes in try? sections.read(index, in: bytes, read(sections)) }
        return value ?? built(Vocabulary(story: sections.story))
    }

    func thingsByWord() -> [String: [ThingIndex]] { read(0, VocabularySections.thingsByWord) { $0.thingsByWord } }
    func nouns() -> [Set<String>] { read(1, VocabularySections.thingWords) { $0.nouns } }
    func words() -> [Set<String>] { read(2, VocabularySections.thingWords) { $0.words } }
    func known() -> Set<String> { read(3, VocabularySections.wordSet) { $0.known } }
    func actionsByVerb() -> [String: [Int]] { read(4, VocabularySections.actionsByWord) { $0.actionsByVerb } }
    func sceneWords() -> [Set<String>] { read(5, VocabularySections.sceneWords) { $0.sceneWords } }
    func exitVerbs() -> Set<String> { read(6, VocabularySections.wordSet) { $0.exitVerbs } }
    func exitWords() -> [[Set<String>]] { read(7, VocabularySections.exitWords) { $0.exitWords } }
    func canonicalPatterns() -> [[Pattern]] { read(8, VocabularySections.canonicalPatterns) { $0.canonicalPatterns } }
    func actionsByCanonicalVerb() -> [String: [Int]] { read(9, VocabularySections.actionsByWord) { $0.actionsByCanonicalVerb } }
    func verbs() -> Set<String> { read(10, VocabularySections.wordSet) { $0.verbs.words } }
}
