import StoryModel

/// `excuse me, who was first to meet the russians?` (the fifty-first blind run had "I don't know
/// the word 'excuse'"): a polite opening says how a line is put, not what it asks. Before more
/// words it is dropped and the rest read; alone it hails, as `hello` does. The engine drops it as
/// the first part of a line of several (`Engine.perform`).
extension CommandParser {
    static let courtesyOpenings: Set<[String]> = [["excuse", "me"], ["pardon", "me"], ["pardon"], ["excuse", "me", "please"],
                                                ["sorry", "to", "bother", "you"], ["excuse", "me", "sir"]]

    /// A plea that stands alone before a comma: `please, open the gate`.
    static let pleasAlone: Set<[String]> = [["please"], ["kindly"], ["pls"], ["plz"], ["please", "please"]]

    /// True when the words are only a polite opening (`excuse me`, or `please` before a comma).
    public static func isPoliteOpening(_ words: [String]) -> Bool { courtesyOpenings.contains(words) || pleasAlone.contains(words) }

    /// The reading of the words after a polite opening, or of `hello` for the opening alone; nil
    /// when the words do not start with one, or the story reads them itself.
    func afterPoliteOpening(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let first = words.first, first == "excuse" || first == "pardon", !vocabulary.isVerb(first) else { return nil }
        for length in [4, 3, 2, 1] where words.count >= length && Self.courtesyOpenings.contains(Array(words.prefix(length))) {
            let rest = Array(words.dropFirst(length))
            return parse(rest.isEmpty ? ["hello"] : rest, scope: scope)
        }
        return nil
    }
}
