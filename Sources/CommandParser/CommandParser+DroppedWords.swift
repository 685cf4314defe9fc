extension CommandParser {
    /// The articles `parseAsTyped` drops from a command's words: asked of a set, one look-up a
    /// word rather than three comparisons of strings (docs/performance.md, "Per command,
    /// fifteenth round").
    static let droppedArticles: WordSet = ["the", "a", "an"]

    /// The words `commandForQuestion` drops from a question (`where am i now`, `who are you please`).
    static let questionFillerWords: WordSet = ["please", "now"]
}
