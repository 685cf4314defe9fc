import StoryModel

/// How a thing should look, said after it (issue #11, session 12): `paint the sheet red white and
/// blue`, `paint the sheet red, white, blue`. The colours are not things of their own: when the
/// words fail, they are dropped and the command before them is read (`paint the sheet`).
extension CommandParser {
    /// Words of colour and the words that join a list of them.
    public static let colourWords: WordSet = ["red", "white", "blue", "green", "yellow", "black", "brown", "grey", "gray", "orange",
                                           "purple", "pink", "gold", "golden", "silver", "striped", "stripes", "stars"]
    private static let listJoiners: WordSet = ["and", "or", "n", "&", "with"]

    /// True for a part of a line that is only a list of colours (`white and blue` in `paint the
    /// sheet red, white and blue`), which belongs to the part before it.
    public static func isColourList(_ words: [String]) -> Bool {
        words.contains(where: colourWords.contains) && words.allSatisfy { colourWords.contains($0) || listJoiners.contains($0) }
    }

    /// The command without a closing list of colours, when the words as typed failed and the
    /// rest reads as a command; nil otherwise.
    func withoutTrailingColours(_ words: [String], failed: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure = failed, words.count >= 3, words.count <= 12, let verb = words.first, vocabulary.isVerb(verb) else { return nil }
        var rest = words
        while let last = rest.last, Self.colourWords.contains(last) || Self.listJoiners.contains(last) { rest.removeLast() }
        guard rest.count < words.count, rest.count >= 2, words[rest.count...].contains(where: Self.colourWords.contains) else { return nil }
        // `paint the sheet in red`, `paint the sheet as red white and blue`.
        while let last = rest.last, ["in", "as", "like", "all"].contains(last) { rest.removeLast() }
        guard rest.count >= 2, case .commands(let commands) = parse(rest, scope: scope) else { return nil }
        return .commands(commands)
    }
}
