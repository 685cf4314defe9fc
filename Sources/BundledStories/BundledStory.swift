import CommandParser
import CompiledVocabulary
import StoryCompiler

/// The stories built into the binary (`Stories/*.story` at build time).
public enum BundledStory {
    /// The file name of the flagship story.
    public static let mainFile = "elbe.story"

    /// The names of the bundled story files.
    public static var files: [String] { BundledStoryFiles.files.keys.sorted() }

    /// Compiles the flagship story from the copy of its source inside the binary.
    public static func compile() -> CompileResult {
        StoryCompiler.compile(path: mainFile, provider: InMemorySourceProvider(files: BundledStoryFiles.files))
    }

    /// The flagship story, read from the compact compiled form made at build time when it matches
    /// the source inside the binary (no compiling at start-up), else compiled from that source.
    public static func load() -> CompileResult {
        load(mainFile)
    }

    /// A bundled story by file name, from its compiled form when that is current.
    public static func load(_ file: String) -> CompileResult {
        StoryCompiler.load(compiled: compiledForm(of: file), path: file, provider: EmbeddedSourceProvider(files: BundledStoryFiles.files))
    }

    /// A bundled story as `load` gives it, with the command parser for it: its vocabulary read
    /// from the compiled vocabulary made at build time (`CompiledVocabulary`) when the story was
    /// read from its current compiled form, else built from the story; no parser when the story has errors.
    /// The forms and the source texts were made together at build time, so their checksums and
    /// digests are not computed again (`CompiledStory.decodeBuiltIn`).
    public static func loadForPlay(_ file: String = mainFile) -> (result: CompileResult, parser: CommandParser?) {
        CompiledVocabulary.load(compiled: compiledForm(of: file), vocabulary: compiledVocabulary(of: file), path: file,
                                provider: EmbeddedSourceProvider(files: BundledStoryFiles.files), builtIn: true,
                                premade: BundledStoryFiles.premadeStrings(of: file))
    }

    /// The compiled vocabulary made at build time, or nil for a story without a compiled form.
    public static func compiledVocabulary(of file: String) -> String? {
        BundledStoryFiles.vocabularies[file]
    }

    /// The strings of a bundled story's compiled form made at build time as literals, in the order
    /// reading the form takes them (`CompiledStory.premadeStrings(of:provider:)`); empty for a story
    /// without a compiled form.
    public static func premadeStrings(of file: String) -> [String] {
        BundledStoryFiles.premadeStrings(of: file)
    }

    /// The source text of a bundled story file, as embedded at build time.
    public static func source(of file: String) -> String? {
        BundledStoryFiles.files[file]
    }

    /// The compiled form made at build time, or nil for a story that did not compile then.
    public static func compiledForm(of file: String) -> String? {
        BundledStoryFiles.compiled[file]
    }
}
