import BundledStories
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// A form's longer strings, made at build time as literals of the binary, are taken where they lie
/// when it is read; a list that does not fit the form gives the same story, never a wrong one.
struct PremadeStringsTests {
    /// Each bundled story's list is the one its embedded form needs, and the form read with it is
    /// the story compiling gives.
    @Test(arguments: BundledStory.files)
    func aBundledStorysStringsAreTheOnesItsFormReads(file: String) throws {
        let form = try #require(BundledStory.compiledForm(of: file))
        let provider = InMemorySourceProvider(files: Dictionary(uniqueKeysWithValues: BundledStory.files.compactMap { name in
            BundledStory.source(of: name).map { (name, $0) }
        }))
        let needed = try #require(CompiledStory.premadeStrings(of: form, provider: provider))
        #expect(BundledStory.premadeStrings(of: file) == needed)
        let compiled = StoryCompiler.compile(path: file, provider: provider)
        #expect(try CompiledStory.decodeBuiltIn(form, provider: provider, premade: needed).story == compiled.story)
        #expect(BundledStory.loadForPlay(file).result.story == compiled.story)
    }

    @Test func theElbeStorysLongStringsArePremade() throws {
        let strings = BundledStory.premadeStrings(of: BundledStory.mainFile)
        #expect(strings.count > 1_000)
        // Each is one a form decodes rather than makes in place: longer than 15 bytes, or not ASCII.
        #expect(strings.allSatisfy { $0.utf8.count > 15 || !$0.utf8.allSatisfy { $0 < 0x80 } })
        #expect(strings.contains { $0.contains("Elbe") })
    }

    /// Lists that do not fit: strings changed at the same length, one left out, another story's,
    /// or longer than the form needs. Each gives the same story as reading without a list.
    @Test func aListThatDoesNotFitGivesTheSameStory() throws {
        let text = TinyStory.header + """
            scene hall "The Long Hall of Many Doors"
              A very long hall with a great many doors, each one painted a different colour.
            scene cafe "Café Bellevue by the River"
              A café by the river — its windows look out on the Elbe.
            """
        let provider = InMemorySourceProvider(files: ["story.story": text + "\n"])
        let compiled = StoryCompiler.compile(path: "story.story", provider: provider)
        let form = try #require(CompiledStory.encode(compiled, provider: provider))
        let needed = try #require(CompiledStory.premadeStrings(of: form, provider: provider))
        #expect(needed.count >= 4)
        let changed = needed.map { String($0.reversed()) }
        let wrong: [[String]] = [
            changed, Array(needed.dropFirst()), [needed[0]] + changed.dropFirst(),
            needed + ["one string more than the form needs"], BundledStory.premadeStrings(of: BundledStory.mainFile), [],
        ]
        for premade in [needed] + wrong {
            let read = try CompiledStory.decodeBuiltIn(form, provider: provider, premade: premade)
            #expect(read.story == compiled.story)
        }
        #expect(changed != needed)
    }
}
