/// `ask kotzebue my name`, `ask ferris about my name`: the player's name, which the person answers
/// as `about me` (session 37's blind student had "\"Captain Ferris,\" comes the answer.": `my` is
/// an article the parser drops, and `name` alone asks the person's own).
extension CommandParser {
    /// The words without the articles the parser drops, with `my name` after `ask` read as `me`.
    static func withoutDroppedArticles(_ input: [String]) -> [String] {
        // The first word's length before any compare: nearly every command is ruled out by it.
        if input.count >= 3, input[0].utf8.count == 3, input[0] == "ask",
           let my = input.dropLast().firstIndex(of: "my"), input[my + 1] == "name" || input[my + 1] == "names" {
            var words = input
            words.replaceSubrange(my...(my + 1), with: ["me"])
            return words.filter { !droppedArticles.contains($0) }
        }
        return input.filter { !droppedArticles.contains($0) }
    }
}
