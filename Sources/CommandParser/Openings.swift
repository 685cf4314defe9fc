/// Phrases that may open a command (`talk to`, `good luck`, `can you`), with the set of their
/// first words: most commands start with none of them, and one look-up of the first word says
/// so, rather than comparing the command with every phrase in turn.
struct Openings: Sendable {
    /// The phrases, in the order they are tried.
    let phrases: [[String]]
    private let firstWords: WordSet
    /// True when a phrase is empty: every command starts with it.
    private let hasEmpty: Bool

    init(_ phrases: [[String]]) {
        self.phrases = phrases
        firstWords = WordSet(Set(phrases.compactMap(\.first)))
        hasEmpty = phrases.contains(where: \.isEmpty)
    }

    /// The first phrase, in order, that the words start with and that `fits`; nil when none does.
    ///
    ///     Openings([["talk", "to"], ["hi"]]).first(openingOf: ["hi", "everyone"])  // ["hi"]
    func first(openingOf words: [String], where fits: ([String]) -> Bool = { _ in true }) -> [String]? {
        // The first word asked of the set directly: `words.first.map(firstWords.contains)` made a
        // closure holding a copy of the set (a retain and a release of each of its two references
        // at every call; docs/performance.md, "Per command, seventeenth round").
        if !hasEmpty {
            guard let first = words.first, firstWords.contains(first) else { return nil }
        }
        return phrases.first { words.starts(with: $0) && fits($0) }
    }
}
