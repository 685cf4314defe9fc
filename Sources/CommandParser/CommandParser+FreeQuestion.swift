extension CommandParser {
    /// True when a question means no command: not `where am i` (look), and not `who is ferris`
    /// with Ferris here (examine him), but `who is max hunger` or `where is ortiz`.
    func isFreeQuestion(_ question: [String], scope: Scope) -> Bool {
        guard let command = Self.commandForQuestion(question) else { return true }
        // `whats on the radio` is about the radio's news, put to the room.
        guard command.first.isWord("examine"), !command.dropFirst().first.isWord("on") else { return false }
        if case .failure = parse(words: command, freeText: false, scope: scope) { return true }
        return false
    }
}
