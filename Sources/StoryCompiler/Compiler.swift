import StoryModel

/// What compiling a story produced: the story when there were no errors, and every diagnostic.
public struct CompileResult: Sendable {
    /// The checked story, or nil when there was at least one error.
    public var story: Story?
    /// Errors and warnings, in the order of the files and lines they point to.
    public var diagnostics: [Diagnostic]
    /// The text of every file read, for rendering diagnostics.
    public var sources: SourceManager

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Compiles story scripts: text → lines → syntax tree → resolved, immutable `Story`.
///
/// A pure function of its input files: no global state but the table of file names behind
/// `SourceFileName` (which only grows, under a lock), so it can be fuzzed and run in parallel.
public enum StoryCompiler {
    /// Compiles the story whose main file is at `path`, following `include`s.
    ///
    ///     let result = StoryCompiler.compile(path: "Stories/elbe.story")
    ///     if let story = result.story { … }
    public static func compile(path: String, provider: SourceProvider = FileSystemSourceProvider()) -> CompileResult {
        compile(path: path, provider: provider, keepingIn: nil)
    }

    /// The same, handing what was built on the way (lines, syntax tree, resolver) to `leftovers`
    /// instead of freeing it: for a process that ends right after (`check`).
    public static func compile(path: String, provider: SourceProvider = FileSystemSourceProvider(),
                               keepingIn leftovers: BuildLeftovers?) -> CompileResult {
        var session = CompileSession(provider: provider)
        session.leftovers = leftovers
        var tree = SyntaxTree()
        session.load(path, chain: [], includedFrom: nil, into: &tree)
        leftovers?.keep(tree)
        return session.finish(consume tree, mainFile: path)
    }

    /// Compiles a story held in memory (no includes are resolved beyond `files`).
    public static func compile(source: String, name: String = "story.story") -> CompileResult {
        compile(path: name, provider: InMemorySourceProvider(files: [name: source]))
    }

    /// Compiles raw bytes as a story file: the entry point for fuzzing.
    public static func compile(bytes: [UInt8], name: String = "story.story") -> CompileResult {
        compile(path: name, provider: InMemorySourceProvider(bytes: [name: bytes]))
    }
}

/// The state of one compilation: the files read so far and the diagnostics.
struct CompileSession {
    let provider: SourceProvider
    var sources = SourceManager()
    var diagnostics: [Diagnostic] = []
    var loaded: Set<String> = []
    /// True once the main file was read, decoded and found not empty.
    var mainLoaded = false
    /// True when an included file could not be read (missing, not UTF-8, binary, empty): the
    /// story is then not resolved, since every scene, thing and flag of that file would be
    /// reported unknown ("there is no scene called 'a' — did you mean 'c'?") and the story as
    /// having no scenes, each before the one error that matters.
    var includeUnread = false
    /// Where the lines, parsers and resolver go instead of being freed, when the caller ends soon.
    var leftovers: BuildLeftovers?

    init(provider: SourceProvider) {
        self.provider = provider
    }

    mutating func load(_ path: String, chain: [String], includedFrom: SourceRange?, into tree: inout SyntaxTree) {
        if chain.contains(path) {
            let cycle = (chain.drop(while: { $0 != path }) + [path]).joined(separator: " → ")
            diagnostics.append(Diagnostic(.error, .includeCycle, "these files include each other in a circle: \(cycle)",
                                          at: includedFrom, help: "remove one of the includes"))
            return
        }
        guard loaded.insert(path).inserted else { return }
        guard let bytes = provider.bytes(at: path) else {
            let message = includedFrom == nil ? "cannot read the story file '\(path)'" : "cannot find the included file '\(path)'"
            diagnostics.append(Diagnostic(.error, .includeNotFound, message, at: includedFrom,
                                          help: includedFrom == nil ? "check the path and that the file exists" : "include paths are relative to the file that includes them"))
            if includedFrom != nil { includeUnread = true }
            return
        }
        let text: String
        switch SourceDecoder.decode(bytes, file: path) {
        case .failure(let diagnostic):
            var diagnostic = diagnostic
            if let includedFrom {
                diagnostic.notes.append(Diagnostic.Note("included from here", at: includedFrom))
                includeUnread = true
            }
            diagnostics.append(diagnostic)
            return
        case .success(let decoded):
            text = decoded
        }
        sources.add(file: path, text: text)
        if text.allSatisfy({ $0.isWhitespace }) {
            var diagnostic = Diagnostic(.error, .emptyFile, "'\(path)' is empty",
                                        at: SourceRange(start: SourceLocation(file: path, line: 1, column: 1), length: 1),
                                        help: includedFrom == nil ? "a story starts with a header such as: story \"Patrol to the Elbe\" id elbe-patrol"
                                            : "an included file holds part of the story (its scenes, things, facts); write it, or remove the include")
            if let includedFrom {
                diagnostic.notes.append(Diagnostic.Note("included from here", at: includedFrom))
                includeUnread = true
            }
            diagnostics.append(diagnostic)
            return
        }
        if chain.isEmpty { mainLoaded = true }
        let fileName = SourceFileName(path)
        var reader = LineReader(file: fileName)
        var parser = Parser(file: fileName)
        // Each top-level block is parsed as soon as it is read, and freed after (unless kept
        // for a process about to end), rather than the whole outline read first.
        var kept: [Line] = []
        let keeping = leftovers != nil
        reader.read(lineEnds: sources.lineEnds(of: path), plainASCII: sources.plainASCII(of: path), of: text) { root in
            parser.parse(root: root)
            if keeping { kept.append(root) }
        }
        let fileTree = parser.finish()
        diagnostics += reader.diagnostics + parser.diagnostics
        leftovers?.keep((kept, parser, fileTree))
        tree.append(fileTree)
        for include in fileTree.includes {
            load(Self.resolve(include.path, relativeTo: path), chain: chain + [path], includedFrom: include.range, into: &tree)
        }
    }

    mutating func finish(_ tree: consuming SyntaxTree, mainFile: String) -> CompileResult {
        var story: Story?
        if mainLoaded && !includeUnread {
            // The tree goes to the resolver, which frees its parts as it makes the story's when
            // nothing else keeps them.
            let textLikeEffects = tree.textLikeEffects
            var resolver = Resolver(tree: consume tree, mainFile: mainFile, freesTree: leftovers == nil)
            story = resolver.resolveStory()
            diagnostics += resolver.diagnostics
            diagnostics.removeAll { Self.isRestOfAName($0, written: resolver.namesWrittenAsIDs) }
            leftovers?.keep(resolver)
            sources.textLikeEffects = textLikeEffects
        } else {
            sources.textLikeEffects = tree.textLikeEffects
        }
        diagnostics = WrappedLineErrors.fold(diagnostics)
        let ordered = diagnostics.enumerated().sorted { a, b in
            switch (a.element.range, b.element.range) {
            case let (x?, y?) where x.start != y.start: return x.start < y.start
            default: return a.offset < b.offset
            }
        }.map(\.element)
        let hasErrors = ordered.contains { $0.severity == .error }
        return CompileResult(story: hasErrors ? nil : story, diagnostics: ordered, sources: sources)
    }

    /// True for "unexpected 'badge' after the condition" after `wearing visitor badge`, where
    /// the resolver already said that 'visitor badge' is the name of 'badge': one mistake, one error.
    static func isRestOfAName(_ diagnostic: Diagnostic, written names: [SourceRange]) -> Bool {
        guard diagnostic.code == .unexpectedWords, let range = diagnostic.range else { return false }
        return names.contains { $0.start.fileName == range.start.fileName && $0.start.line == range.start.line && $0.start.column < range.start.column }
    }

    /// Resolves an include path relative to the directory of the including file.
    static func resolve(_ path: String, relativeTo file: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let slash = file.lastIndex(of: "/") else { return path }
        return String(file[...slash]) + path
    }
}
