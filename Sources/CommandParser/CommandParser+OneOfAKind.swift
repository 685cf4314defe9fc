import StoryModel

/// `put on the american one` after `put on bbc` (the twenty-second blind run: "You can't see any
/// american here."): `the X one` is the one of the kind the rest of the command names that the word
/// X picks out. Among the story's actions that start with the same words, the one whose next word
/// is X or shares its stem (`american` → `america`, `russian` → `russia`, `british` → `britain`);
/// a thing in sight answering to X is read by the noun resolver before this is tried.
extension CommandParser {
    func oneOfKind(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, let last = words.last, last == "one" || last == "ones" else { return nil }
        var body = Array(words.dropLast())
        let picked = body.removeLast()
        body.removeAll { Vocabulary.articles.contains($0) }
        guard !body.isEmpty, picked.count >= 4 else { return nil }
        let prefix = Synonyms.canonical(body)
        var fitting: Set<String> = []
        for index in actions(startingWith: prefix[0], scope: scope) {
            for pattern in vocabulary.canonicalPatterns[index] where pattern.elements.count == prefix.count + 1 {
                let literal = pattern.elements.compactMap { element -> String? in
                    if case .word(let word) = element { return word }
                    return nil
                }
                guard literal.count == pattern.elements.count, Array(literal.dropLast()) == prefix,
                      let word = literal.last, Self.sharesStem(word, picked) else { continue }
                fitting.insert(word)
            }
        }
        guard fitting.count == 1, let word = fitting.first else { return nil }
        let outcome = parse(words: body + [word], freeText: false, scope: scope)
        if case .commands = outcome { return outcome }
        return nil
    }

    /// True when the words are one word in two forms: the same, or one the other's start, or with
    /// a common start of at least four letters that is most of the shorter one.
    static func sharesStem(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= 4 && common * 3 >= min(a.count, b.count) * 2
    }
}
