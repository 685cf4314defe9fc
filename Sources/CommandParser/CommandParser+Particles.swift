import StoryModel

/// Verbs with a particle: `bail out the boat with my helmet`, `wake up ortiz`, `fill up the
/// can`, `bail the boat out`. When no story action caught the words as typed, the same words
/// without the particle are tried, and taken when a story action catches them (`on bail {boat}
/// with {helmet}`). The built-in phrases with particles (`pick up`, `put down`, `take off`,
/// `turn on`) are synonyms already (`Synonyms.swift`).
extension CommandParser {
    static let particles: WordSet = ["out", "up", "down", "away", "around"]

    /// The story's action for the words without their particle, when the outcome has none.
    func withoutParticle(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, let at = particleIndex(words) else { return nil }
        if case .commands(let commands) = outcome, commands.contains(where: { if case .action = $0 { true } else { false } }) {
            return nil
        }
        var shorter = words
        shorter.remove(at: at)
        guard case .commands(let commands) = read(shorter, freeText: false, scope: scope),
              commands.contains(where: { if case .action = $0 { true } else { false } }) else { return nil }
        return .commands(commands.filter { if case .action = $0 { true } else { false } })
    }

    /// Where the particle is: right after the verb (`bail out the boat`), or after the verb's
    /// first noun (`bail the boat out with the helmet`).
    private func particleIndex(_ words: [String]) -> Int? {
        if Self.particles.contains(words[1]), words[0] != "ask", words[0] != "talk" { return 1 }
        for index in 2..<words.count where Self.particles.contains(words[index]) {
            let after = words.index(after: index)
            if after == words.count || ["with", "using", "to", "in", "into", "on"].contains(words[after]) { return index }
            return nil
        }
        return nil
    }
}
