import StoryModel

extension Vocabulary {
    /// The vocabulary of `plainStory`, which is `story` (the story of this vocabulary) without the
    /// phrase patterns of `difference`: equal to `Vocabulary(story: plainStory)`, but derived from
    /// this one by taking the phrases out, so that a story with phrase patterns
    /// (PhrasePatterns.swift) does not index its words a second time.
    /// - Complexity: O(the phrase patterns), and a copy of the known words, the verbs and the
    ///   canonical patterns (not rehashed).
    /// - Parameter phraseVerbs: the first words of the phrase patterns (`PhrasePatterns.actionsByFirstWord`'s keys).
    func withoutPhrases(_ difference: PhraseFreeDifference, plainStory: Story,
                        phraseVerbs: some Sequence<String>) -> Vocabulary {
        var canonicalPatterns = canonicalPatterns
        var byCanonicalVerb = actionsByCanonicalVerb
        // A few patterns of an action, and their verb or two: arrays, not sets (docs/performance.md,
        // "Start-up, thirteenth round").
        for phrases in difference.phrases {
            let (action, positions) = (phrases.action, phrases.patterns)
            var removed: [String] = []
            for position in positions {
                if let verb = canonicalPatterns[action][position].verb, !removed.contains(verb) { removed.append(verb) }
            }
            let kept = canonicalPatterns[action].removing(at: positions)
            canonicalPatterns[action] = kept
            for verb in removed where !kept.contains(where: { $0.verb == verb }) {
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
