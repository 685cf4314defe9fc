/// What the engine's per-turn scans of a turn's outputs ask of each: read on the element in place
/// (`turn.outputs[index].paragraphText`). Matched with `for case .paragraph(let text) in outputs`,
/// `last(where:)` or `if case … = outputs[index]`, each output, 152 bytes, was first copied out of
/// the array (a `memcpy`, a retain of its strings) and destroyed after: about 46,000 copies over
/// the N = 600 walkthrough in `proposal(in:)`, `followConversation`, `lastParagraphAsking` and
/// `numberUnlockedFacts` (docs/performance.md, "Per command, seventeenth round").
extension Output {
    /// The text of a paragraph; nil for any other output.
    var paragraphText: String? {
        if case .paragraph(let text) = self { return text }
        return nil
    }

    /// True for a fact just put into the journal.
    var isFactUnlocked: Bool {
        if case .factUnlocked = self { return true }
        return false
    }
}
