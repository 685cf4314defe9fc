extension CompiledStory {
    /// Reads a form made at build time beside the source texts that `provider` holds, as the
    /// bundled stories are: `EmbedStoriesTool` compiles exactly the texts it embeds, and embeds a
    /// form only when it reads back to the very story, so the form's checksum and the texts'
    /// digest, checked then, are not computed again at every start (1.4 M instructions for the
    /// Elbe story, a tenth of reading it: docs/performance.md, "Start-up, thirteenth round").
    /// Everything else is read as `decode(_:provider:)` reads it; a text that decoding would
    /// change is read as bytes and the whole form checked.
    /// - Throws: `CompactFormError` as `decode(_:provider:)` does, but for damage that only the
    ///   checksum would notice (a form is text in the binary's read-only data, made by the build).
    /// - Parameter premade: the form's strings made at build time, in the order they are read
    ///   (`premadeStrings(of:provider:)`, `PremadeStrings`); each is taken only when its bytes
    ///   are the form's.
    public static func decodeBuiltIn(_ form: String, provider: SourceProvider, premade: [String] = []) throws -> CompileResult {
        try decodeTaking(form, provider: provider, builtIn: true, premade: PremadeStrings(premade)).result
    }

    /// The strings `decodeBuiltIn` would decode rather than make in place, in the order it reads
    /// them: what `EmbedStoriesTool` writes as literals for it to take. Nil when the form cannot
    /// be read.
    public static func premadeStrings(of form: String, provider: SourceProvider) -> [String]? {
        guard let read = try? decodeTaking(form, provider: provider, builtIn: true, premade: PremadeStrings.recording()) else { return nil }
        return read.premade.recorded
    }
}
