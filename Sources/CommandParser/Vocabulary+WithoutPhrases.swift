import StoryModel

extension Vocabulary {
    /// The vocabulary of `plainStory`, which is `story` (the story of this vocabulary) without the
    /// phrase patterns of `difference`: equal to `Vocabulary(story: plainStory)`, but derived from
    /// this one by taking the phrases out, so that a story with phrase patterns
    /// (PhrasePatterns.swift) does not index its words a second time.
    /// - Complexity: O(the phrase patterns), and a copy of the known words, the verbs and the
    ///   canonical patterns (not rehashed).
    func withoutPhrases(_ difference: PhraseFreeDifference, of story: Story, plainStory: Story) -> Vocabulary {
        var phraseVerbs: Set<String> = []
        var canonicalPatterns = canonicalPatterns
        var byCanonicalVerb = actionsByCanonicalVerb
        for phrases in difference.phrases {
            let (action, positions) = (phrases.action, phrases.patterns)
            for position in positions {
                if let verb = story.actions[action].patterns[position].verb { phraseVerbs.insert(verb) }
            }
            let removed = Set(positions.compactMap { canonicalPatterns[action][$0].verb })
            canonicalPatterns[action] = canonicalPatterns[action].indices.filter { !positions.contains($0) }.map { canonicalPatterns[action][$0] }
            for verb in removed.subtracting(canonicalPatterns[action].compactMap(\.verb)) {
                byCanonicalVerb[verb]?.removeAll { $0 == action }
                if byCanonicalVerb[verb]?.isEmpty == true { byCanonicalVerb[verb] = nil }
            }
        }
        // Removing a few words from a copy keeps the copy's hash table as it is; `subtracting`
        // and `filter` would hash every word again.
        var known = known
        for word in difference.words { known.remove(word) }
        var verbs = verbs.words
        for verb in difference.verbs { verbs.remove(verb) }
        var actionsByVerb = actionsByVerb
        for verb in phraseVerbs { actionsByVerb[verb] = nil }
        return Vocabulary(story: plainStory, thingsByWord: thingsByWord, nouns: nouns, words: words, known: known,
                          actionsByVerb: actionsByVerb, sceneWords: sceneWords, exitVerbs: exitVerbs, exitWords: exitWords,
                          canonicalPatterns: canonicalPatterns, actionsByCanonicalVerb: byCanonicalVerb, verbs: verbs,
                          thingsByNumber: thingsByNumber)
    }
}
