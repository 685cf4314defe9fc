import BundledStories
import Foundation
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// The compact compiled form gives the very story that compiling its source gives, and a form that
/// no longer matches its source is never played.
struct CompiledStoryTests {
    static let root = Fixtures.repositoryRoot()

    /// Every story in the repository that compiles without errors: the bundled stories, the
    /// examples and the test fixtures.
    static let stories: [String] = {
        let folders = ["Stories", "Stories/examples", "Tests/TranscriptTests/Transcripts", "Tests/StoryCompilerTests/Diagnostics"]
        return folders.flatMap { folder in
            Fixtures.files(in: root + "/" + folder, withExtension: "story").map { folder + "/" + $0 }
        }.filter { StoryCompiler.compile(path: $0, provider: DirectorySourceProvider(root: root)).story != nil }
    }()

    @Test func thereAreStoriesToCheck() {
        #expect(Self.stories.contains("Stories/elbe.story"))
        #expect(Self.stories.count >= 3)
    }

    @Test(arguments: stories)
    func compiledFormLoadsTheSameStory(path: String) throws {
        let provider = DirectorySourceProvider(root: Self.root)
        let compiled = StoryCompiler.compile(path: path, provider: provider)
        let form = try #require(CompiledStory.encode(compiled, provider: provider))
        let loaded = try CompiledStory.decode(form, provider: provider)
        #expect(loaded.story == compiled.story)
        #expect(loaded.sources.texts == compiled.sources.texts)
        #expect(loaded.sources.fileNames == compiled.sources.fileNames)
        #expect(StoryCompiler.load(compiled: form, path: path, provider: provider).story == compiled.story)
    }

    @Test func theBinaryCarriesACurrentCompiledFormOfTheElbeStory() throws {
        let form = try #require(BundledStory.compiledForm(of: BundledStory.mainFile))
        let provider = InMemorySourceProvider(files: Dictionary(uniqueKeysWithValues: BundledStory.files.map { ($0, BundledStory.source(of: $0) ?? "") }))
        let compiled = BundledStory.compile()
        #expect(try CompiledStory.decode(form, provider: provider).story == compiled.story)
        #expect(BundledStory.load().story == compiled.story)
        #expect(BundledStory.load().sources.texts == compiled.sources.texts)
    }

    /// A person's topics are read from the form when first asked for, not at start-up: the game
    /// reads the bundled story without them (docs/performance.md, "Start-up, twentieth round").
    @Test func theTopicsOfAFormAreReadWhenFirstAskedFor() throws {
        let provider = DirectorySourceProvider(root: Self.root)
        let result = StoryCompiler.compile(path: "Stories/elbe.story", provider: provider)
        let compiled = try #require(result.story)
        let form = try #require(CompiledStory.encode(result, provider: provider))
        let loaded = try #require(try CompiledStory.decode(form, provider: provider).story)
        let people = loaded.things.indices.filter { !compiled.things[$0].topics.isEmpty }
        #expect(people.count > 10)
        #expect(people.allSatisfy { loaded.things[$0].topicList.isWaiting })
        #expect(loaded.things[people[0]].topics == compiled.things[people[0]].topics)
        #expect(!loaded.things[people[0]].topicList.isWaiting)
        #expect(loaded.things[people[1]].topicList.isWaiting)
        #expect(loaded.things.map(\.topics) == compiled.things.map(\.topics))
        let layout = CompiledStory.layout(of: compiled)
        let eager = try layout.withUnsafeBufferPointer { try CompiledStory.story(fromLayout: $0) }
        #expect(!eager.things.contains { $0.topicList.isWaiting })
        #expect(eager == compiled)
    }

    @Test func aStaleFormIsRefusedAndTheChangedSourceIsCompiledInstead() throws {
        let original = TinyStory.header + "scene hall \"Hall\"\n  A bare hall.\n"
        let revised = TinyStory.header + "scene hall \"Great Hall\"\n  A bare hall.\n"
        let old = InMemorySourceProvider(files: ["story.story": original])
        let new = InMemorySourceProvider(files: ["story.story": revised])
        let form = try #require(CompiledStory.encode(StoryCompiler.compile(path: "story.story", provider: old), provider: old))

        #expect(throws: CompactFormError.self) { try CompiledStory.decode(form, provider: new) }
        let loaded = StoryCompiler.load(compiled: form, path: "story.story", provider: new)
        #expect(loaded.story?.scenes.first?.title == "Great Hall")
        #expect(loaded.story == StoryCompiler.compile(path: "story.story", provider: new).story)
    }

    @Test func aFormWithAMissingSourceFileIsRefused() throws {
        let provider = InMemorySourceProvider(files: ["story.story": TinyStory.header + "scene hall \"Hall\"\n  A bare hall.\n"])
        let form = try #require(CompiledStory.encode(StoryCompiler.compile(path: "story.story", provider: provider), provider: provider))
        #expect(throws: CompactFormError.self) { try CompiledStory.decode(form, provider: InMemorySourceProvider(files: [:])) }
    }

    @Test func aFormOfAnotherLayoutIsRefusedAndTheSourceCompiled() throws {
        let provider = DirectorySourceProvider(root: Self.root)
        let path = "Stories/elbe.story"
        let compiled = StoryCompiler.compile(path: path, provider: provider)
        let form = try #require(CompiledStory.encode(compiled, provider: provider))
        let older = form.replacingOccurrences(of: "elbe-compiled-story 4", with: "elbe-compiled-story 3")
        #expect(older != form)
        #expect(throws: CompactFormError.self) { try CompiledStory.decode(older, provider: provider) }
        #expect(StoryCompiler.load(compiled: older, path: path, provider: provider).story == compiled.story)
    }

    /// A form damaged anywhere (one byte changed) is refused by its checksum, never played.
    @Test(arguments: [0.1, 0.4, 0.7, 0.99])
    func aDamagedFormIsRefused(fraction: Double) throws {
        let provider = DirectorySourceProvider(root: Self.root)
        let path = "Stories/elbe.story"
        let compiled = StoryCompiler.compile(path: path, provider: provider)
        var bytes = Array(try #require(CompiledStory.encode(compiled, provider: provider)).utf8)
        let index = Int(Double(bytes.count) * fraction)
        bytes[index] = bytes[index] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        let damaged = String(decoding: bytes, as: UTF8.self)
        #expect(throws: CompactFormError.self) { try CompiledStory.decode(damaged, provider: provider) }
        #expect(StoryCompiler.load(compiled: damaged, path: path, provider: provider).story == compiled.story)
    }

    @Test(arguments: [0.25, 0.5, 0.75, 1.0])
    func aTruncatedFormIsRefused(fraction: Double) throws {
        let provider = DirectorySourceProvider(root: Self.root)
        let compiled = StoryCompiler.compile(path: "Stories/elbe.story", provider: provider)
        let form = try #require(CompiledStory.encode(compiled, provider: provider))
        let cut = String(decoding: form.utf8.prefix(Int(Double(form.utf8.count) * fraction) - 1), as: UTF8.self)
        #expect(throws: CompactFormError.self) { try CompiledStory.decode(cut, provider: provider) }
        #expect(StoryCompiler.load(compiled: cut, path: "Stories/elbe.story", provider: provider).story == compiled.story)
    }

    /// A value the form repeats is read once and shared (CompactShared.swift): a repeat of a value
    /// not read yet (here a story's introduction said to repeat the first text, before any text)
    /// is refused like any other damage, never trusted.
    @Test func aRepeatOfAValueNotReadYetIsRefused() throws {
        let story = try #require(StoryCompiler.compile(path: "story.story", provider: InMemorySourceProvider(files: [
            "story.story": TinyStory.header + "scene hall \"Hall\"\n  A bare hall.\n",
        ])).story)
        let layout = CompiledStory.layout(of: story)
        #expect(try layout.withUnsafeBufferPointer { try CompiledStory.story(fromLayout: $0) } == story)
        let repeatsFirst = Array("2T~2t21".utf8) + Array("1".utf8)
        #expect(throws: CompactFormError.self) {
            try repeatsFirst.withUnsafeBufferPointer { try CompiledStory.story(fromLayout: $0) }
        }
    }
}
