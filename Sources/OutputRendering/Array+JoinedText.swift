extension Array where Element == String {
    /// The strings with `separator` between them: the same text as `joined(separator:)`.
    ///
    /// The standard library's `joined(separator:)` is not specialized for its caller here: the
    /// renderer called its generic entry, whose first call in a process looks up the sequence's
    /// `Element` by its mangled name and scans the binary's protocol conformances, 365,000
    /// instructions before the first prompt, for a heading's date and place (docs/performance.md,
    /// "Start-up, nineteenth round"). Written out, it is a few appends to one string made with
    /// room for all of them.
    func joinedText(separator: String) -> String {
        guard let first = self.first else { return "" }
        if count == 1 { return first }
        var length = separator.utf8.count * (count - 1)
        for string in self { length += string.utf8.count }
        var text = ""
        text.reserveCapacity(length)
        text += first
        for index in 1..<count {
            text += separator
            text += self[index]
        }
        return text
    }
}
