import CommandParser
import StoryCompiler
import StoryModel

/// The command parser's `Vocabulary` of a story in compact form (`CompactWriter`), made at build
/// time beside the story's compiled form (`CompiledStory`), so that the game starts without
/// indexing the story's words: building the vocabulary was 21 M of the 45 M instructions from
/// start to the first prompt (docs/performance.md, "Start-up, sixth round"). It carries the
/// story's `PhraseFreeDifference` too, so that the first command does not find the phrase-free
/// vocabulary (7 M instructions, "Start-up, eleventh round").
///
///     elbe-compiled-vocabulary 5\n   the layout's version
///     checksum                       of every byte after it, so damage is noticed
///     story form                     the checksum of the story's compiled form it belongs to
///     vocabulary                     Vocabulary+CompactForm.swift: a section per table
///     phrase-free difference         PhraseFreeDifference+CompactForm.swift
///
/// A vocabulary belongs to one compiled form of one story: `decode` refuses it for any other form,
/// and the caller reads it only for a story read from that form (whose source digest matched), so
/// a vocabulary of a changed story is never used; the game then builds it from the story.
///
///     let (vocabulary, phraseFree) = try CompiledVocabulary.decode(form, storyForm: storyForm, story: story)
///     let engine = Engine(parser: CommandParser(story: story, vocabulary: vocabulary, phraseFree: phraseFree))
public enum CompiledVocabulary {
    /// The first line of every form; the number changes when the layout does.
    static let magic = "elbe-compiled-vocabulary 5\n"

    /// The compact form of `vocabulary`, which was built for `story`, as read from `storyForm`,
    /// with the story's `PhraseFreeDifference` (found from the story when not given); nil when
    /// `storyForm` is not a story's compiled form.
    public static func encode(_ vocabulary: Vocabulary, of story: Story, storyForm: String, phraseFree: PhraseFreeDifference? = nil) -> String? {
        guard let storyChecksum = CompiledStory.checksum(of: storyForm) else { return nil }
        var writer = CompactWriter()
        writer.number(storyChecksum)
        writer.write(vocabulary, of: story)
        writer.write(phraseFree ?? PhraseFreeDifference(story: story, vocabulary: vocabulary))
        return CompiledStory.framed(writer.bytes, magic: magic)
    }

    /// Reads the vocabulary of `story`, which was read from `storyForm`, and its phrase-free difference.
    /// - Throws: `CompactFormError` when the vocabulary belongs to another story form, does not fit
    ///   `story`, or cannot be read (another layout, damaged or cut short).
    /// - Parameter builtIn: true for a vocabulary made at build time and embedded in the binary
    ///   beside its story form (`CompiledStory.decodeBuiltIn`): its checksum is not computed again,
    ///   and each table is read when first asked for (`VocabularySectionParts`).
    public static func decode(_ form: String, storyForm: String, story: Story,
                              builtIn: Bool = false) throws -> (vocabulary: Vocabulary, phraseFree: PhraseFreeDifference) {
        try CompiledStory.readFramed(form, magic: magic, checking: !builtIn) { reader in
            guard let storyChecksum = CompiledStory.checksum(of: storyForm), try reader.number() == storyChecksum else {
                throw CompactFormError("the compiled vocabulary belongs to another compiled story")
            }
            let sections = try VocabularySections(reading: &reader, of: story)
            let phraseFree = try reader.readPhraseFreeDifference(of: story)
            guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the vocabulary") }
            // Built in: each table read when first asked for. Any other form: every table read
            // and checked now, so that a form that does not fit is refused here.
            let vocabulary = builtIn ? Vocabulary(story: story, parts: VocabularySectionParts(form: form, sections: sections))
                                     : try sections.vocabulary(in: reader.bytes)
            return (vocabulary, phraseFree)
        }
    }
}

extension CompiledVocabulary {
    /// The story at `path`, as `StoryCompiler.load(compiled:path:provider:)` gives it, and a command
    /// parser for it (nil when the story has errors): with the vocabulary read from `vocabulary`
    /// when the story was read from `storyForm` (its source files unchanged) and `vocabulary`
    /// belongs to that form; built from the story otherwise, so a stale vocabulary is never used.
    ///
    ///     let (result, parser) = CompiledVocabulary.load(compiled: form, vocabulary: words, path: "elbe.story", provider: files)
    /// `builtIn`: the forms were made at build time beside the texts `provider` holds, as the
    /// bundled stories' are (`CompiledStory.decodeBuiltIn`), with `premade` the story form's strings
    /// made then (`CompiledStory.premadeStrings(of:provider:)`).
    public static func load(compiled storyForm: String?, vocabulary: String?, path: String,
                            provider: SourceProvider = FileSystemSourceProvider(),
                            builtIn: Bool = false, premade: [String] = []) -> (result: CompileResult, parser: CommandParser?) {
        guard let storyForm,
              let result = try? (builtIn ? CompiledStory.decodeBuiltIn(storyForm, provider: provider, premade: premade)
                                         : CompiledStory.decode(storyForm, provider: provider)),
              result.sources.fileNames.first == path, let story = result.story else {
            let result = StoryCompiler.compile(path: path, provider: provider)
            return (result, result.story.map { CommandParser(story: $0) })
        }
        guard let vocabulary, let read = try? decode(vocabulary, storyForm: storyForm, story: story, builtIn: builtIn) else {
            return (result, CommandParser(story: story))
        }
        return (result, CommandParser(story: story, vocabulary: read.vocabulary, phraseFree: read.phraseFree))
    }
}
