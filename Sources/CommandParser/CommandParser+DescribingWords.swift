import StoryModel

/// `talk to the little girl`, `hi little girl`: a describing word the story does not know
/// (little, old, young, …) is skipped when the rest names something here.
extension CommandParser {
    /// Describing words a student puts before or after a name: skipped when the story does not
    /// know them.
    static let describingWords: WordSet = ["little", "small", "young", "old", "big", "tall", "short", "nice", "poor",
                                               "kind", "tiny", "large", "huge", "sweet", "cute", "pretty", "friendly",
                                               "skinny", "thin", "fat", "dear"]

    /// `talk to the little girl`: `talk to the girl`, when the story does not know `little` and
    /// the rest reads as a command.
    func withoutDescribingWords(_ words: [String], scope: Scope) -> ParseOutcome? {
        // `is titov old` asks about him: only a command loses its describing words.
        guard let first = words.first, !Self.freeQuestionStarts.contains(first), !Self.beWords.contains(first),
              words.contains(where: { Self.describingWords.contains($0) && !vocabulary.knows($0) }) else { return nil }
        let rest = words.filter { !(Self.describingWords.contains($0) && !vocabulary.knows($0)) }
        guard rest.count >= 1 else { return nil }
        if case .commands(let commands) = parse(rest, scope: scope) { return .commands(commands) }
        return nil
    }

    /// The words without the describing words the story does not know: `little girl` → `girl`
    /// (`what is your name, little girl?` is one question to the girl, not a second command).
    public func withoutUnknownDescribingWords(_ words: [String]) -> [String] {
        words.filter { !(Self.describingWords.contains($0) && !vocabulary.knows($0)) }
    }
}
