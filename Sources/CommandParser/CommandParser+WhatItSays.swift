import StoryModel

/// `what does the card say`, `what is written on the sign`: reading it, when the words name one
/// thing here with something to read (its `read` text, or the story's `on read {it}`). The sixty-sixth blind run's `what does the card say`, the
/// signal card on the captain's desk, had Ferris's reply about signals and no card read.
extension CommandParser {
    private static let sayingVerbs: WordSet = ["say", "says", "read", "mean", "tell"]
    private static let writtenWords: WordSet = ["written", "printed", "stencilled", "stenciled", "painted", "typed"]

    /// `read X` for the question; nil for other words, or when X is not one thing here with a reading.
    func whatItSays(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words.count <= 10, let opening = words.first, opening.isWord("what", "whats", "what's") else { return nil }
        let plain = words.filter { !Vocabulary.articles.contains($0) && $0 != "?" }
        var named: ArraySlice<String>
        if plain.count >= 4, plain[0] == "what", ["does", "do", "did"].contains(plain[1]), let last = plain.last,
           Self.sayingVerbs.contains(last) {
            named = plain[2..<(plain.count - 1)]
        } else if let rest = Self.afterWhatIs(plain[...]), rest.count >= 3, let first = rest.first, Self.writtenWords.contains(first),
                  let second = rest.dropFirst().first, ["on", "in"].contains(second) {
            named = rest.dropFirst(2)
        } else {
            return nil
        }
        // `what does it say`: a follow-up to the person in conversation (CommandParser+FollowUps.swift).
        guard let first = named.first, !Vocabulary.pronouns.contains(first),
              case .things(let things) = resolver.resolveOne(named, kind: .thing, scope: scope), things.count == 1,
              case .commands(let commands) = parse(words: ["read", "#\(things[0])"], freeText: false, scope: scope),
              commands.contains(where: \.isAuthorAction) || story.things[things[0]].readText != nil else { return nil }
        // The story's own action for the question comes first.
        if case .commands(let own) = parse(words: plain, freeText: false, scope: scope), own.contains(where: \.isAuthorAction) { return nil }
        return .commands(commands)
    }
}
