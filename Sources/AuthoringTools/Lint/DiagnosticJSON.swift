import Foundation
import StoryCompiler
import StoryModel

/// Diagnostics as JSON for editors: one object per diagnostic with its file, line and column
/// (both from 1; columns count Characters), severity, code, message, notes, suggestions and help.
public enum DiagnosticJSON {
    struct Entry: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var length: Int?
        var severity: String
        var code: String
        var message: String
        var suggestions: [String]
        var help: String?
        var notes: [NoteEntry]
    }

    struct NoteEntry: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var message: String
    }

    /// A JSON array of the diagnostics, keys sorted, pretty-printed.
    public static func encode(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map { diagnostic in
            Entry(file: diagnostic.range?.start.file, line: diagnostic.range?.start.line, column: diagnostic.range?.start.column,
                  length: diagnostic.range?.length, severity: diagnostic.severity.rawValue, code: diagnostic.code.rawValue,
                  message: diagnostic.message, suggestions: diagnostic.suggestions, help: diagnostic.help,
                  notes: diagnostic.notes.map { NoteEntry(file: $0.range?.start.file, line: $0.range?.start.line,
                                                          column: $0.range?.start.column, message: $0.message) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
