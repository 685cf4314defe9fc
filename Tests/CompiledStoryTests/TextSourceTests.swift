import Foundation
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// A provider that holds its files as text, as the stories embedded in the binary are held.
private struct TextProvider: SourceProvider {
    let files: [String: String]
    func bytes(at path: String) -> [UInt8]? { files[path].map { Array($0.utf8) } }
    func text(at path: String) -> String? { files[path] }
}

/// Loading a compiled form from text the provider already holds (no copy of its bytes) gives what
/// loading it from the bytes gives, and still refuses a stale form.
struct TextSourceTests {
    static let story = TinyStory.header + "scene hall \"Hall\"\n  A bare hall.\n"

    @Test func aFormLoadsFromTextAsFromBytes() throws {
        let bytes = InMemorySourceProvider(files: ["story.story": Self.story])
        let form = try #require(CompiledStory.encode(StoryCompiler.compile(path: "story.story", provider: bytes), provider: bytes))
        let fromText = try CompiledStory.decode(form, provider: TextProvider(files: ["story.story": Self.story]))
        let fromBytes = try CompiledStory.decode(form, provider: bytes)
        #expect(fromText.story == fromBytes.story)
        #expect(fromText.sources.texts == fromBytes.sources.texts)
        #expect(fromText.sources.line(2, of: "story.story") == fromBytes.sources.line(2, of: "story.story"))
    }

    /// A form's source lines are split only when first asked for: they quote as compiling's do.
    @Test func aFormsLinesQuoteAsCompilingsDo() throws {
        let (provider, compiled, form) = try Self.cafeForm()
        let loaded = try CompiledStory.decode(form, provider: provider)
        let count = compiled.sources.lineCount(of: "story.story")
        #expect(count > 4)
        #expect(loaded.sources.lineCount(of: "story.story") == count)
        for number in 0...count + 1 {
            #expect(loaded.sources.line(number, of: "story.story") == compiled.sources.line(number, of: "story.story"))
        }
        let at = SourceRange(start: SourceLocation(file: "story.story", line: count - 2, column: 7), length: 4)
        let diagnostic = Diagnostic(.warning, .emptyFile, "a note", at: at)
        #expect(DiagnosticRenderer().render([diagnostic], sources: loaded.sources)
                == DiagnosticRenderer().render([diagnostic], sources: compiled.sources))
    }

    @Test func aStaleFormIsRefusedWhenTheTextChanged() throws {
        let old = InMemorySourceProvider(files: ["story.story": Self.story])
        let form = try #require(CompiledStory.encode(StoryCompiler.compile(path: "story.story", provider: old), provider: old))
        let revised = TextProvider(files: ["story.story": Self.story.replacingOccurrences(of: "\"Hall\"", with: "\"Great Hall\"")])
        #expect(throws: CompactFormError.self) { try CompiledStory.decode(form, provider: revised) }
        #expect(StoryCompiler.load(compiled: form, path: "story.story", provider: revised).story?.scenes.first?.title == "Great Hall")
    }

    /// Text with Windows line endings or a byte-order mark is decoded from its bytes as a file is:
    /// the loaded source is the normalized text, the same as compiling gives.
    @Test(arguments: ["\r\n", "\u{FEFF}"])
    func textThatDecodingChangesIsReadAsBytes(variant: String) throws {
        let text = variant == "\r\n" ? Self.story.replacingOccurrences(of: "\n", with: "\r\n") : variant + Self.story
        let provider = TextProvider(files: ["story.story": text])
        let compiled = StoryCompiler.compile(path: "story.story", provider: provider)
        let form = try #require(CompiledStory.encode(compiled, provider: provider))
        let loaded = try CompiledStory.decode(form, provider: provider)
        #expect(loaded.story == compiled.story)
        #expect(loaded.sources.texts == compiled.sources.texts)
        #expect(loaded.sources.texts != [text])
        // A built-in form (the bundled stories') of such a text is read and checked the same way.
        let builtIn = try CompiledStory.decodeBuiltIn(form, provider: provider)
        #expect(builtIn.story == compiled.story)
        #expect(builtIn.sources.texts == compiled.sources.texts)
        #expect(throws: CompactFormError.self) { try CompiledStory.decodeBuiltIn(form, provider: InMemorySourceProvider(files: [:])) }
    }

    /// A form made beside the texts the provider holds, as the bundled stories' are, loads without
    /// its checksum and digest computed to the same story and texts as when they are checked.
    @Test func aBuiltInFormLoadsAsTheCheckedOne() throws {
        let (provider, compiled, form) = try Self.cafeForm()
        let builtIn = try CompiledStory.decodeBuiltIn(form, provider: provider)
        let checked = try CompiledStory.decode(form, provider: provider)
        #expect(builtIn.story == compiled.story)
        #expect(builtIn.story == checked.story)
        #expect(builtIn.sources.texts == checked.sources.texts)
        #expect(builtIn.sources.line(2, of: "story.story") == checked.sources.line(2, of: "story.story"))
    }

    /// The story with a scene of non-ASCII text, compiled, and its compact form.
    private static func cafeForm() throws -> (TextProvider, CompileResult, String) {
        let text = story + "scene cafe \"Café\"\n  Plain — a café.\n"
        let provider = TextProvider(files: ["story.story": text])
        let compiled = StoryCompiler.compile(path: "story.story", provider: provider)
        return (provider, compiled, try #require(CompiledStory.encode(compiled, provider: provider)))
    }
}
