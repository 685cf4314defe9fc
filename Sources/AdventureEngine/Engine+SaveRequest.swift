import CommandParser

extension Engine {
    /// `save NAME` and `restore NAME` take the rest of the line as typed, punctuation and all, so
    /// the name is checked whole ("../x" is refused) rather than split into commands.
    static func saveRequest(_ input: String) -> Request? {
        // Most lines start with another letter: no lowercased copy of the line for them.
        if let first = input.utf8.first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }), first < 0x80,
           !Self.maySaveOrRestore(first) { return nil }
        // A line of ASCII whose first word is another: no Characters read (Engine+SaveRequestBytes.swift).
        if Self.asciiFirstWordIsSaveOrRestore(input) == false { return nil }
        let trimmed = input.drop(while: \.isWhitespace)
        let verb = trimmed.prefix { !$0.isWhitespace }.lowercased()
        guard ["save", "restore", "load"].contains(verb) else { return nil }
        let rest = trimmed.dropFirst(verb.count).trimmingTrailingSpaceAndDots()
        guard !rest.isEmpty || trimmed.count == verb.count else { return nil }
        let name = rest.isEmpty ? nil : rest
        return verb == "save" ? .save(name: name) : .restore(name: name)
    }
}

private extension Substring {
    /// The text without white space at either end, or a full stop at the end.
    func trimmingTrailingSpaceAndDots() -> String {
        var text = self.drop(while: \.isWhitespace)
        while let last = text.last, last.isWhitespace || last == "." { text = text.dropLast() }
        return String(text)
    }
}
