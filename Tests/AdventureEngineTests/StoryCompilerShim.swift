import StoryCompiler
import StoryModel

/// Compiles a story for tests, nil on errors.
enum StoryCompilerShim {
    static func compile(_ source: String) -> Story? {
        StoryCompiler.compile(source: source).story
    }
}
