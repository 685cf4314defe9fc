import StoryModel

/// Checks a syntax tree and builds the immutable `Story`, resolving every name to an index.
///
/// Reports every unknown or misused name with a suggestion where one is close. The `Story` is
/// built even when there are errors, but the compiler hands it out only when there are none.
struct Resolver {
    let tree: SyntaxTree
    var symbols = SymbolTable()
    var diagnostics: [Diagnostic] = []
    /// Where each declaration was written, for "first declared here" notes.
    var declarations: [String: SourceRange] = [:]
    /// Where the story's first file starts, for problems that have no line of their own.
    let mainFile: String

    init(tree: SyntaxTree, mainFile: String) {
        self.tree = tree
        self.mainFile = mainFile
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
        let (_, isNew) = symbols.declare(name.text, as: kind)
        let key = "\(kind.rawValue):\(name.text)"
        if isNew {
            declarations[key] = name.range
        } else {
            error(.duplicateID, "there is already \(kind.article) called '\(name.text)'", at: name.range,
                  help: "give each \(kind.rawValue) its own id",
                  notes: [Diagnostic.Note("'\(name.text)' was first declared here", at: declarations[key])])
        }
    }

    /// The thing whose display name contains the word, for a hint when an author used a name as an id.
    func thingNamed(byWord word: String) -> ThingSyntax? {
        let lowered = word.lowercased()
        return tree.things.first { thing in
            thing.name.lowercased().split(separator: " ").contains { $0 == lowered } && thing.id.text.lowercased() != lowered
        }
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
        if kind == .thing, let named = thingNamed(byWord: name.text) {
            help = "'\(named.name)' is the name of '\(named.id.text)'; conditions and effects use ids: '\(named.id.text)'"
        }
        error(kind.unknownCode, message, at: name.range,
              suggestions: EditDistance.suggestions(for: name.text, among: symbols.all(kind)), help: help)
        return nil
    }
}
