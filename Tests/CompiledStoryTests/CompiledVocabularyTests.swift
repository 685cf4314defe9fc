import BundledStories
import CommandParser
import CompiledVocabulary
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// The command parser's vocabulary carried beside a story's compiled form reads back to the very
/// vocabulary the parser builds from the story, and one that no longer belongs to the story it is
/// given (a changed source, another form, a damaged form) is never used.
struct CompiledVocabularyTests {
    static let lamp = TinyStory.header + """
        scene hall "Hall"
          A bare hall.
          exit north to porch "out to the porch"
          thing lamp "brass lamp"
            nouns light
            A lamp.
          on rub {lamp}
            It glows.

        scene porch "Porch"
          A porch.
          exit south to hall

        """
    static let lantern = lamp.replacingOccurrences(of: "lamp", with: "lantern")

    /// The compiled form and the compiled vocabulary of `source`, as the build makes them.
    static func forms(_ source: String) throws -> (story: String, vocabulary: String, provider: InMemorySourceProvider) {
        let provider = InMemorySourceProvider(files: ["story.story": source])
        let compiled = StoryCompiler.compile(path: "story.story", provider: provider)
        let story = try #require(compiled.story)
        let form = try #require(CompiledStory.encode(compiled, provider: provider))
        let vocabulary = try #require(CompiledVocabulary.encode(Vocabulary(story: story), of: story, storyForm: form))
        return (form, vocabulary, provider)
    }

    @Test(arguments: CompiledStoryTests.stories)
    func compiledVocabularyReadsBackToTheVocabularyOfTheStory(path: String) throws {
        let provider = DirectorySourceProvider(root: CompiledStoryTests.root)
        let compiled = StoryCompiler.compile(path: path, provider: provider)
        let story = try #require(compiled.story)
        let form = try #require(CompiledStory.encode(compiled, provider: provider))
        let built = Vocabulary(story: story)
        let vocabulary = try #require(CompiledVocabulary.encode(built, of: story, storyForm: form))
        let read = try CompiledVocabulary.decode(vocabulary, storyForm: form, story: story)
        #expect(read.vocabulary == built)
        #expect(read.phraseFree == PhraseFreeDifference(story: story, vocabulary: built))
        // Built in (made beside the story form at build time): read the same without its checksum.
        let builtIn = try CompiledVocabulary.decode(vocabulary, storyForm: form, story: story, builtIn: true)
        #expect(builtIn.vocabulary == built)
        #expect(builtIn.phraseFree == read.phraseFree)
        let (loaded, parser) = CompiledVocabulary.load(compiled: form, vocabulary: vocabulary, path: path, provider: provider)
        #expect(loaded.story == story)
        #expect(parser?.vocabulary == built)
        try Self.expectCarriedPhraseFreeVocabulary(of: try #require(parser), isTheDerivedOne: CommandParser(story: story))
    }

    /// `carried`, made with the phrase-free difference read from a compiled vocabulary, reads a
    /// command that fits no phrase with the very story and vocabulary that `derived`, which finds
    /// them from the story at the first command, reads it with; neither is made before it is asked for.
    static func expectCarriedPhraseFreeVocabulary(of carried: CommandParser, isTheDerivedOne derived: CommandParser) throws {
        #expect(!carried.phrasesAreFound && !derived.phrasesAreFound)
        let expected = derived.withoutPhrases
        let got = carried.withoutPhrases
        #expect(got?.story == expected?.story)
        #expect(got?.vocabulary == expected?.vocabulary)
        if let got { #expect(got.vocabulary == Vocabulary(story: got.story)) }
    }

    @Test func theBinaryCarriesTheVocabularyOfTheElbeStory() throws {
        let form = try #require(BundledStory.compiledForm(of: BundledStory.mainFile))
        let vocabulary = try #require(BundledStory.compiledVocabulary(of: BundledStory.mainFile))
        let story = try #require(BundledStory.compile().story)
        let read = try CompiledVocabulary.decode(vocabulary, storyForm: form, story: story)
        #expect(read.vocabulary == Vocabulary(story: story))
        #expect(!read.phraseFree.phrases.isEmpty)
        let (result, parser) = BundledStory.loadForPlay()
        #expect(result.story == story)
        // Each table read from its section when first asked for: none at start-up.
        #expect(parser?.vocabulary.noTableIsMade == true)
        #expect(read.vocabulary.noTableIsMade == false)
        #expect(parser?.vocabulary == Vocabulary(story: story))
        #expect(parser?.vocabulary.noTableIsMade == false)
        try Self.expectCarriedPhraseFreeVocabulary(of: try #require(parser), isTheDerivedOne: CommandParser(story: story))
    }

    @Test func aChangedSourceIsCompiledAndItsVocabularyBuilt() throws {
        let old = try Self.forms(Self.lamp)
        let revised = InMemorySourceProvider(files: ["story.story": Self.lantern])
        let (result, parser) = CompiledVocabulary.load(compiled: old.story, vocabulary: old.vocabulary, path: "story.story", provider: revised)
        let story = try #require(result.story)
        #expect(story == StoryCompiler.compile(path: "story.story", provider: revised).story)
        #expect(parser?.vocabulary == Vocabulary(story: story))
        #expect(parser?.vocabulary.known.contains("lantern") == true)
        #expect(parser?.vocabulary.known.contains("lamp") == false)
    }

    @Test func aVocabularyOfAnotherFormIsRefusedAndBuiltFromTheStory() throws {
        let lamp = try Self.forms(Self.lamp)
        let lantern = try Self.forms(Self.lantern)
        let story = try #require(try CompiledStory.decode(lantern.story, provider: lantern.provider).story)
        #expect(throws: CompactFormError.self) { _ = try CompiledVocabulary.decode(lamp.vocabulary, storyForm: lantern.story, story: story) }
        let (_, parser) = CompiledVocabulary.load(compiled: lantern.story, vocabulary: lamp.vocabulary, path: "story.story", provider: lantern.provider)
        #expect(parser?.vocabulary == Vocabulary(story: story))
        #expect(parser?.vocabulary.known.contains("lamp") == false)
    }

    @Test func aVocabularyGivenAnotherStoryIsRefused() throws {
        let lamp = try Self.forms(Self.lamp)
        let other = try #require(TinyStory.compile("scene hall \"Hall\"\n  A bare hall.\n").story)
        #expect(throws: CompactFormError.self) { _ = try CompiledVocabulary.decode(lamp.vocabulary, storyForm: lamp.story, story: other) }
    }

    /// A vocabulary damaged anywhere (one byte changed) or cut short is refused, and the parser's
    /// vocabulary is built from the story instead.
    @Test(arguments: [0.1, 0.4, 0.7, 0.99])
    func aDamagedOrTruncatedVocabularyIsRefused(fraction: Double) throws {
        let lamp = try Self.forms(Self.lamp)
        let story = try #require(try CompiledStory.decode(lamp.story, provider: lamp.provider).story)
        var bytes = Array(lamp.vocabulary.utf8)
        let index = Int(Double(bytes.count) * fraction)
        bytes[index] = bytes[index] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        let cut = String(decoding: lamp.vocabulary.utf8.prefix(index), as: UTF8.self)
        for broken in [String(decoding: bytes, as: UTF8.self), cut] {
            #expect(throws: CompactFormError.self) { _ = try CompiledVocabulary.decode(broken, storyForm: lamp.story, story: story) }
            let (_, parser) = CompiledVocabulary.load(compiled: lamp.story, vocabulary: broken, path: "story.story", provider: lamp.provider)
            #expect(parser?.vocabulary == Vocabulary(story: story))
        }
    }
}
