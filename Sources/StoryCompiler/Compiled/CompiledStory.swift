import StoryModel

/// The compact compiled form of a story: a checked `Story` written with `CompactEncoder`, with the
/// names and digest of the source files it was compiled from, so that a program can start without
/// compiling the source again.
///
/// The form is text (see `CompactText`), so a Swift string literal can hold it. The bundled stories
/// are compiled to this form at build time (`Plugins/EmbedStories`); `StoryCompiler.load(compiled:path:provider:)`
/// uses it only when the source files still have the digest it records, and compiles the source
/// otherwise, so a stale form is never played.
///
///     let form = try CompiledStory.encode(result)          // nil when the story has errors
///     let loaded = StoryCompiler.load(compiled: form, path: "elbe.story", provider: provider)
public enum CompiledStory {
    /// The first line of every form; the number changes when the layout does (not the model:
    /// the model's own `Codable` conformance and checked keys take care of that).
    static let magic = "elbe-compiled-story 1\n"

    struct Header: Codable {
        /// The files the story was compiled from, main file first, as the compiler read them.
        var files: [String]
        /// `SourceDigest` of those files' bytes.
        var digest: UInt64
    }

    /// The compact form of a story that compiled without errors; nil when it has errors.
    /// - Throws: an encoding error from a model type's custom `Codable` conformance.
    public static func encode(_ result: CompileResult, provider: SourceProvider) throws -> String? {
        guard let story = result.story else { return nil }
        var digest = SourceDigest()
        for file in result.sources.fileNames {
            guard let bytes = provider.bytes(at: file) else { return nil }
            digest.add(file: file, bytes: bytes)
        }
        var encoder = CompactEncoder()
        try encoder.append(Header(files: result.sources.fileNames, digest: digest.value))
        try encoder.append(story)
        return magic + String(decoding: encoder.bytes, as: UTF8.self)
    }

    /// Reads a compact form whose source files `provider` holds unchanged.
    /// - Returns: the story with the decoded source texts, as compiling would give (without warnings).
    /// - Throws: `CompactFormError` when a source file is missing or changed (the form is stale) or
    ///   the form cannot be read (written by an older model or damaged).
    public static func decode(_ form: String, provider: SourceProvider) throws -> CompileResult {
        var form = form
        return try form.withUTF8 { bytes in
            let reader = CompactDecoder(bytes: bytes)
            try reader.expect(magic)
            let header = try reader.decode(Header.self)
            var digest = SourceDigest()
            var texts: [(String, String)] = []
            for file in header.files {
                guard let bytes = provider.bytes(at: file) else {
                    throw CompactFormError("the compiled form is stale: the source file '\(file)' is missing")
                }
                digest.add(file: file, bytes: bytes)
                guard case .success(let text) = SourceDecoder.decode(bytes, file: file) else {
                    throw CompactFormError("the source file '\(file)' is not readable text")
                }
                texts.append((file, text))
            }
            guard digest.value == header.digest else {
                throw CompactFormError("the compiled form is stale: the source files changed since it was made")
            }
            let story = try reader.decode(Story.self)
            guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the story") }
            var sources = SourceManager()
            for (file, text) in texts { sources.add(file: file, text: text) }
            return CompileResult(story: story, diagnostics: [], sources: sources)
        }
    }
}

extension StoryCompiler {
    /// The story at `path`, from its compact compiled form when that matches the source files,
    /// else compiled from the source (so a stale or unreadable form is never played).
    ///
    ///     let result = StoryCompiler.load(compiled: embeddedForm, path: "elbe.story", provider: files)
    ///
    /// The result of a form holds no warnings: `check` compiles the source to show them.
    public static func load(compiled form: String?, path: String, provider: SourceProvider = FileSystemSourceProvider()) -> CompileResult {
        if let form, let result = try? CompiledStory.decode(form, provider: provider),
           result.sources.fileNames.first == path {
            return result
        }
        return compile(path: path, provider: provider)
    }
}

/// FNV-1a (64 bits) over each file's name and bytes: enough to tell that a source changed.
struct SourceDigest {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(file: String, bytes: [UInt8]) {
        add(Array(file.utf8))
        add([0xFF])
        add(bytes)
        add([0xFF])
    }

    private mutating func add(_ bytes: [UInt8]) {
        var hash = value
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        value = hash
    }
}
