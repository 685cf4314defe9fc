import SaveGames
import ArgumentParser
import BundledStories
import StoryCompiler
import StoryModel

/// Compiles the story a command works on: a file, or the bundled Elbe story.
/// - Throws: `ExitCode(1)` after printing the diagnostics when the story has errors.
func loadStory(_ path: String?) throws -> CompileResult {
    HeapPages.reserve(forStoriesAt: path.map { [$0] } ?? [], growth: .play)
    let result = path.map { StoryCompiler.compile(path: $0) } ?? BundledStory.load()
    guard result.story != nil else {
        var standardError = StandardError()
        print(DiagnosticRenderer().render(result.diagnostics, sources: result.sources), terminator: "", to: &standardError)
        throw ExitCode(1)
    }
    return result
}

/// Validates a `--player` value, as a usage error when it is refused.
func playerName(_ raw: String) throws -> PlayerName {
    do {
        return try PlayerName(raw)
    } catch {
        throw ValidationError("--player: \(error)")
    }
}
