#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StoryModel

/// The compact compiled form of a story: a checked `Story` written by `CompactWriter`, with the
/// names and digest of the source files it was compiled from, so that a program can start without
/// compiling the source again.
///
/// The form is text (see `CompactText`), so a Swift string literal can hold it:
///
///     elbe-compiled-story 3\n   the layout's version
///     checksum                  `SourceDigest` of every byte after it, so damage is noticed
///     files, digest             the source files, main file first, and their `SourceDigest`
///     story                     `Story+CompactForm.swift`, `Logic+CompactForm.swift`
///
/// The bundled stories are compiled to this form at build time (`Plugins/EmbedStories`);
/// `StoryCompiler.load(compiled:path:provider:)` uses it only when the source files still have the
/// digest it records, and compiles the source otherwise, so a stale form is never played.
///
///     let form = try CompiledStory.encode(result)          // nil when the story has errors
///     let loaded = StoryCompiler.load(compiled: form, path: "elbe.story", provider: provider)
public enum CompiledStory {
    /// The first line of every form; the number changes when the layout does.
    static let magic = "elbe-compiled-story 4\n"

    /// The compact form of a story that compiled without errors; nil when it has errors or a
    /// source file cannot be read again.
    public static func encode(_ result: CompileResult, provider: SourceProvider) -> String? {
        guard let story = result.story else { return nil }
        var digest = SourceDigest()
        for file in result.sources.fileNames {
            guard let bytes = provider.bytes(at: file) else { return nil }
            digest.add(file: file, bytes: bytes)
        }
        var writer = CompactWriter()
        writer.strings(result.sources.fileNames)
        writer.number(digest.value)
        writer.write(story)
        return framed(writer.bytes, magic: magic)
    }

    /// Reads a compact form whose source files `provider` holds unchanged.
    /// - Returns: the story with the decoded source texts, as compiling would give (without warnings).
    /// - Throws: `CompactFormError` when a source file is missing or changed (the form is stale) or
    ///   the form cannot be read (another layout, damaged or cut short).
    public static func decode(_ form: String, provider: SourceProvider) throws -> CompileResult {
        try decode(form, provider: provider, builtIn: false)
    }

    /// `decode(_:provider:)`; for a form made at build time beside the texts `provider` holds
    /// (`builtIn`, CompiledStory+BuiltIn.swift), without the form's checksum and the texts' digest.
    static func decode(_ form: String, provider: SourceProvider, builtIn: Bool) throws -> CompileResult {
        try decodeTaking(form, provider: provider, builtIn: builtIn, premade: PremadeStrings()).result
    }

    /// `decode(_:provider:builtIn:)`, taking each string it would decode from `premade` when that
    /// holds it (`PremadeStrings`), and handing `premade` back (with what it recorded, when asked to).
    static func decodeTaking(_ form: String, provider: SourceProvider, builtIn: Bool,
                             premade: PremadeStrings) throws -> (result: CompileResult, premade: PremadeStrings) {
        try readFramed(form, magic: magic, checking: !builtIn) { reader in
            reader.premade = premade
            let files = try reader.strings()
            let recorded = try reader.number()
            var digest = SourceDigest()
            var sources = SourceManager()
            for file in files {
                // Text the provider holds already (the embedded stories) is taken as it is: no copy of its bytes to check.
                // Its lines are split only if a diagnostic quotes one (none does for a form).
                if let text = provider.text(at: file), isPlainText(text) {
                    if !builtIn { addText(text, file: file, to: &digest) }
                    sources.addUnsplit(file: file, text: text)
                    continue
                }
                // Text that decoding would change is read as bytes, and checked.
                if builtIn { return try decodeTaking(form, provider: provider, builtIn: false, premade: premade) }
                guard let bytes = provider.bytes(at: file) else {
                    throw CompactFormError("the compiled form is stale: the source file '\(file)' is missing")
                }
                digest.add(file: file, bytes: bytes)
                guard case .success(let text) = SourceDecoder.decode(bytes, file: file) else {
                    throw CompactFormError("the source file '\(file)' is not readable text")
                }
                sources.add(file: file, text: text)
            }
            guard builtIn || digest.value == recorded else {
                throw CompactFormError("the compiled form is stale: the source files changed since it was made")
            }
            // The form is kept for the things' topics, read when first asked for: a literal of
            // the binary (the bundled stories) or a string this call's caller made.
            reader.laterForm = form
            let story = try reader.readStory()
            guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the story") }
            if builtIn { reader.keepTablesForever() }
            return (CompileResult(story: story, diagnostics: [], sources: sources), reader.premade)
        }
    }

    /// A form's text: its first line `magic`, the checksum of `body`, then `body` (what
    /// `readFramed` checks). The compiled vocabulary of a story (`CompiledVocabulary`) is framed so too.
    package static func framed(_ body: [UInt8], magic: String) -> String {
        var checksum = SourceDigest()
        body.withUnsafeBufferPointer { checksum.add($0) }
        var head: [UInt8] = Array(magic.utf8)
        CompactText.appendNumber(checksum.value, to: &head)
        return String(decoding: head + body, as: UTF8.self)
    }

    /// Reads the body of a form made by `framed(_:magic:)` after checking its first line and its
    /// checksum; `read` must read the whole body.
    /// - Throws: `CompactFormError` for another layout or a damaged form, or what `read` throws.
    /// - Parameter checking: false for a form made at build time and embedded in the binary,
    ///   whose checksum was right then (CompiledStory+BuiltIn.swift).
    package static func readFramed<T>(_ form: String, magic: String, checking: Bool = true,
                                      _ read: (inout CompactReader) throws -> T) throws -> T {
        var form = form
        return try form.withUTF8 { bytes in
            var reader = CompactReader(bytes: bytes)
            try reader.expect(magic)
            let checksum = try reader.number()
            if checking {
                var actual = SourceDigest()
                actual.add(UnsafeBufferPointer(rebasing: bytes[reader.position...]))
                guard actual.value == checksum else { throw CompactFormError("the compiled form is damaged: its checksum does not match") }
            }
            return try read(&reader)
        }
    }

    /// The checksum a story's form records in its head (see `framed`), which names that very
    /// form: a compiled vocabulary records the checksum of the story form it was made from. Nil
    /// when `form` does not start as a story's form does.
    package static func checksum(of form: String) -> UInt64? {
        var form = form
        return form.withUTF8 { bytes in
            var reader = CompactReader(bytes: bytes)
            guard (try? reader.expect(magic)) != nil else { return nil }
            return try? reader.number()
        }
    }
}

extension CompiledStory {
    /// True when the text is what `SourceDecoder` makes of its UTF-8 bytes (well-formed UTF-8, as
    /// every `String` is, without a byte-order mark, carriage return or NUL), so that it can be
    /// taken as it is; otherwise its bytes are decoded as usual.
    static func isPlainText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return false }
            if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil || memchr(base, 0x0D, bytes.count) != nil {
                return false
            }
            return true
        }
    }

    /// Mixes a plain text (`isPlainText`) into `digest` as `SourceDigest.add(file:bytes:)` does
    /// with its UTF-8 bytes.
    static func addText(_ text: String, file: String, to digest: inout SourceDigest) {
        var text = text
        text.withUTF8 { bytes in
            digest.add(Array(file.utf8))
            digest.add(bytes)
        }
    }

    /// Reads a story from the layout part of a form alone (no magic line, checksum or source
    /// digest), for fuzzing the reader: any bytes give a story or a `CompactFormError`, never a trap.
    public static func story(fromLayout bytes: UnsafeBufferPointer<UInt8>) throws -> Story {
        var reader = CompactReader(bytes: bytes)
        let story = try reader.readStory()
        guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the story") }
        return story
    }

    /// The layout part of a form (what `story(fromLayout:)` reads), for seeding the fuzzer.
    public static func layout(of story: Story) -> [UInt8] {
        var writer = CompactWriter()
        writer.write(story)
        return writer.bytes
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

/// A 64-bit hash of each file's name and bytes, eight bytes at a step: enough to tell that a
/// source or a compiled form changed (it is no defence against a deliberate forgery).
struct SourceDigest {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(file: String, bytes: [UInt8]) {
        add(Array(file.utf8))
        bytes.withUnsafeBufferPointer { add($0) }
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { add($0) }
    }

    /// Mixes in the bytes and their count.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hash = value
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                mix(&hash, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
        }
        var tail: UInt64 = 0
        while index < bytes.count {
            tail = tail << 8 | UInt64(bytes[index])
            index += 1
        }
        mix(&hash, tail)
        mix(&hash, UInt64(bytes.count))
        value = hash
    }

    private func mix(_ hash: inout UInt64, _ word: UInt64) {
        hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
    }
}
