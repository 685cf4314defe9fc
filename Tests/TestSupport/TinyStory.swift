import StoryCompiler
import StoryModel

/// Builds small stories for tests.
public enum TinyStory {
    /// A header line for test stories.
    public static let header = "story \"Test\" id test\n\n"

    /// Compiles a story; returns the result so tests can look at the story or the diagnostics.
    public static func compile(_ body: String, withHeader: Bool = true) -> CompileResult {
        StoryCompiler.compile(source: (withHeader ? header : "") + body, name: "test.story")
    }

    /// The rendered diagnostics of a result, for failure messages.
    public static func rendered(_ result: CompileResult) -> String {
        DiagnosticRenderer().render(result.diagnostics, sources: result.sources)
    }
}
