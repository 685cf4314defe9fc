import StoryModel

/// A promise said in full (the forty-ninth blind run, issue #11): `I promise that we will do
/// what we can so this never happens again.`, Polowsky's own words back to him, had been "I
/// understood 'promise' but not the rest", while `I promise.` made the oath. A line that fails and
/// opens with a promise or an oath (`i promise`, `we promise`, `i swear`, `we swear`, `promise`)
/// is read as that opening alone, when the story reads it: what was promised is in the words the
/// player just read.
extension CommandParser {
    private static let promiseOpenings: [[String]] = [["i", "promise"], ["we", "promise"], ["i", "swear"], ["we", "swear"],
                                                      ["i", "will", "promise"], ["promise"], ["swear"]]
    private static let toolWords: WordSet = ["with", "using", "by", "on", "in", "at", "into", "onto"]

    func promiseInFull(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let opening = Self.promiseOpenings.first(where: { words.count > $0.count && words.starts(with: $0) }),
              // `promise with hands`: a tool named, not what was promised (it is refused as such).
              !Self.toolWords.contains(words[opening.count]) else { return nil }
        return commandsOnly(parse(opening, scope: scope))
    }
}
