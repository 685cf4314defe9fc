import StoryCompiler

/// Serves the story files embedded in the binary as the text they are (string literals in the
/// binary's read-only data), so that loading their compiled form copies none of them
/// (`SourceProvider.text(at:)`); compiling one reads its bytes as any other provider's.
struct EmbeddedSourceProvider: SourceProvider {
    let files: [String: String]

    func bytes(at path: String) -> [UInt8]? {
        files[path].map { Array($0.utf8) }
    }

    func text(at path: String) -> String? {
        files[path]
    }
}
