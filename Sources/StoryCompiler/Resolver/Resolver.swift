import StoryModel

/// Checks a syntax tree and builds the immutable `Story`, resolving every name to an index.
///
/// Reports every unknown or misused name with a suggestion where one is close. The `Story` is
/// built even when there are errors, but the compiler hands it out only when there are none.
struct Resolver {
    /// The tree being resolved; with `freesTree`, each part is freed once the story's is made.
    var tree: SyntaxTree
    /// True when the resolver may free the tree's parts as it goes (the tree is its own, and
    /// not kept for a process about to end: `BuildLeftovers`).
    let freesTree: Bool
    /// What diagnostics' hints read of the tree's things, scenes and facts.
    let hints: ResolverHints
    var symbols = SymbolTable()
    var diagnostics: [Diagnostic] = []
    /// Where each declaration was written, by kind (`SymbolTable.slot`) and index in the symbol table, for "first
    /// declared here" notes: arrays, as a new name's index is the count of its kind so far (a
    /// dictionary for each kind held about 200 KB more at N = 1,000, while the story is built).
    var declarations: [[SourceRange]] = Array(repeating: [], count: 6)
    /// Where the story's first file starts, for problems that have no line of their own.
    let mainFile: String
    /// Where a thing's name or a scene's or fact's title was written for its id (`wearing visitor
    /// badge`): the words after it on the line are the rest of the name, not a second mistake.
    var namesWrittenAsIDs: [SourceRange] = []
    /// Where each flag made by an effect is first set or cleared, by its number (kept at
    /// declaration: the tree's actions may be freed before a text's `{if}` is resolved).
    var flagFirstSet: [Int: SourceRange] = [:]

    init(tree: SyntaxTree, mainFile: String, freesTree: Bool) {
        hints = ResolverHints(tree)
        self.tree = tree
        self.mainFile = mainFile
        self.freesTree = freesTree
    }

    mutating func error(_ code: DiagnosticCode, _ message: String, at range: SourceRange?,
                        suggestions: [String] = [], help: String? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, code, message, at: range, notes: notes, suggestions: suggestions, help: help))
    }

    mutating func warning(_ code: DiagnosticCode, _ message: String, at range: SourceRange?, help: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code, message, at: range, help: help))
    }

    /// Declares a name, reporting a duplicate.
    mutating func declare(_ name: Name, as kind: SymbolTable.Kind) {
        let (index, isNew) = symbols.declare(name.text, as: kind)
        if isNew {
            declarations[SymbolTable.slot(kind)].append(name.range)
        } else {
            error(.duplicateID, "there is already \(kind.article) called '\(name.text)'", at: name.range,
                  help: "give each \(kind.rawValue) its own id",
                  notes: [Diagnostic.Note("'\(name.text)' was first declared here", at: declarations[SymbolTable.slot(kind)][index])])
        }
    }

    /// The thing whose display name contains the word, for a hint when an author used a name as an id.
    func thingNamed(byWord word: String) -> ResolverHints.ThingHint? {
        let lowered = word.lowercased()
        return hints.things.first { thing in
            thing.name.lowercased().split(separator: " ").contains { $0 == lowered } && thing.id.lowercased() != lowered
        }
    }

    /// The scene or fact whose title contains the word (`visited Entrance Hall`), for a hint when
    /// an author used a title as an id.
    func titled(_ kind: SymbolTable.Kind, byWord word: String) -> (title: String, id: String)? {
        let lowered = word.lowercased()
        let all: [(title: String, id: String)] = switch kind {
        case .scene: hints.sceneTitles
        case .fact: hints.factTitles
        default: []
        }
        // An id written twice (`scene yard "The Cliff Top"` under another `scene yard`) names no
        // title for sure: "'The Cliff Top' is the title of 'yard'" would send the exit to the
        // other yard (a blind author, session 39); the duplicate's own error says what is wrong.
        let titles = all.filter { entry in all.lazy.filter { $0.id == entry.id }.count == 1 }
        func words(_ title: String) -> [Substring] { title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
        if ["the", "a", "an"].contains(lowered) {
            // `knows The Landing`: the article was read as the id; hint only when one title starts with it.
            let starting = titles.filter { words($0.title).first.map(String.init) == lowered }
            return starting.count == 1 ? starting[0] : nil
        }
        return titles.first { title, id in id.lowercased() != lowered && words(title).contains { $0 == lowered } }
    }

    /// Resolves a name of the given kind, reporting an unknown name with suggestions.
    mutating func resolve(_ name: Name, as kind: SymbolTable.Kind) -> Int? {
        if let index = symbols.lookup(name.text, as: kind) { return index }
        if name.text.isEmpty { return nil }
        if let other = symbols.otherKinds(of: name.text, than: kind).first {
            error(.wrongKind, "'\(name.text)' is \(other.article), but \(kind.article) is needed here", at: name.range)
            return nil
        }
        let message = kind == .flag
            ? "the flag '\(name.text)' is never set anywhere in the story"
            : "there is no \(kind.rawValue) called '\(name.text)'"
        var help = kind == .flag ? "a flag exists once an action or topic says 'set \(name.text)'" : nil
        if kind == .thing, ["the", "a", "an"].contains(name.text.lowercased()) {
            // `only if holding the matches` (a blind author, session 39, was told "'view of the
            // sea' is the name of 'view'", a thing whose name has 'the' in it).
            help = "leave out '\(name.text)': conditions and effects name a thing by its id alone ('holding matches')"
        } else if kind == .thing, let named = thingNamed(byWord: name.text) {
            help = "'\(named.name)' is the name of '\(named.id)'; conditions and effects use ids: '\(named.id)'"
            namesWrittenAsIDs.append(name.range)
        } else if let titled = titled(kind, byWord: name.text) {
            help = "'\(titled.title)' is the title of '\(titled.id)'; conditions and effects use ids: '\(titled.id)'"
            namesWrittenAsIDs.append(name.range)
        }
        var notes: [Diagnostic.Note] = []
        if let swallowed = textLineMeant(for: name.text, as: kind) {
            notes.append(swallowed)
            help = nil
        }
        let suggestions = EditDistance.suggestions(for: name.text, among: symbols.all(kind))
        // `set bride-awak` and `{if bride-awake}`: the error is where the flag is read, but the typo
        // may be where it is set; name that line too (a blind author's Titanic had only "did you
        // mean 'bride-awak'?" at the right spelling).
        if kind == .flag, let close = suggestions.first, let setting = firstSetting(of: close) {
            notes.append(Diagnostic.Note("'\(close)' is set here: if that is the typo, correct it there", at: setting))
        }
        error(kind.unknownCode, message, at: name.range, suggestions: suggestions, help: help, notes: notes)
        return nil
    }

    /// Where the flag is first set or cleared (asked only for an error's note).
    func firstSetting(of flag: String) -> SourceRange? {
        symbols.lookup(flag, as: .flag).flatMap { flagFirstSet[$0] }
    }

    /// A line the author may have meant as the effect that sets this flag or changes this counter,
    /// but that was read as text (`set bored` under a scene, or after a backslash).
    func textLineMeant(for name: String, as kind: SymbolTable.Kind) -> Diagnostic.Note? {
        switch kind {
        case .flag: tree.textLikeEffects.note(forLineStartingWith: ["set", name])
        case .counter: tree.textLikeEffects.note(forLineStartingWith: ["set", name, "to"], ["add", nil, "to", name], ["subtract", nil, "from", name])
        default: nil
        }
    }
}
