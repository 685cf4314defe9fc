import StoryModel

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// One problem found in a story, kept as data until a renderer prints it.
public struct Diagnostic: Hashable, Sendable, Error {
    public var severity: Severity
    public var code: DiagnosticCode
    /// One sentence for the author: what was written and what was expected.
    public var message: String
    /// Where the problem is; nil for a problem with no place (a missing header).
    public var range: SourceRange?
    /// More places that explain the problem ("first declared here").
    public var notes: [Note]
    /// Replacements that would likely fix it, best first (`did you mean 'strehla'?`).
    public var suggestions: [String]
    /// A sentence on how to fix it, when a suggestion alone would not say enough.
    public var help: String?

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, at range: SourceRange?,
                notes: [Note] = [], suggestions: [String] = [], help: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
        self.suggestions = suggestions
        self.help = help
    }

    /// A further place a diagnostic points to.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var range: SourceRange?

        public init(_ message: String, at range: SourceRange?) {
            self.message = message
            self.range = range
        }
    }
}
