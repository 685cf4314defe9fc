/// One mistake, one error: a line of text wrapped by hand that starts with a keyword by chance
/// (`give you her address." She writes…` under a line that stops mid-sentence) had its
/// `keyword-in-sentence` warning and then an error for each way the rest of the line fails as
/// that instruction: "there is no thing called 'you'", "unexpected 'her'", and "no closing quote
/// mark" at the quote that closes the one opened on the line above (a blind author, session 33).
/// The warning becomes the line's one error, and what failed goes under it as notes.
enum WrappedLineErrors {
    static func fold(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // Nearly every compile has no such warning: nothing to copy.
        guard diagnostics.contains(where: { $0.code == .keywordInSentence && $0.severity == .warning }) else { return diagnostics }
        var result = diagnostics
        var folded = Set<Int>()
        for index in diagnostics.indices where diagnostics[index].code == .keywordInSentence && diagnostics[index].severity == .warning {
            guard let place = diagnostics[index].range?.start else { continue }
            let errors = diagnostics.indices.filter { other in
                other != index && diagnostics[other].severity == .error
                    && diagnostics[other].range?.start.fileName == place.fileName
                    && diagnostics[other].range?.start.line == place.line
            }
            guard !errors.isEmpty else { continue }
            // In the order of the line, as the author reads it.
            let inOrder = errors.sorted { (diagnostics[$0].range?.start.column ?? 0) < (diagnostics[$1].range?.start.column ?? 0) }
            result[index].severity = .error
            result[index].notes += inOrder.map { Diagnostic.Note("read as an instruction, it fails: \(diagnostics[$0].message)", at: nil) }
            folded.formUnion(errors)
        }
        return result.indices.filter { !folded.contains($0) }.map { result[$0] }
    }
}
