import StoryCompiler

/// The stories built into the binary (`Stories/*.story` at build time).
public enum BundledStory {
    /// The file name of the flagship story.
    public static let mainFile = "elbe.story"

    /// The names of the bundled story files.
    public static var files: [String] { BundledStoryFiles.files.keys.sorted() }

    /// Compiles the flagship story from the copy inside the binary.
    public static func compile() -> CompileResult {
        StoryCompiler.compile(path: mainFile, provider: InMemorySourceProvider(files: BundledStoryFiles.files))
    }
}
