import StoryModel

extension Vocabulary {
    /// The vocabulary of `plainStory`, which is `story` (the story of this vocabulary) without the
    /// phrase patterns of `difference`: equal to `Vocabulary(story: plainStory)`, but derived from
    /// this one by taking the phrases out, so that a story with phrase patterns
    /// (PhrasePatterns.swift) does not index its words a second time. Each table is derived when
    /// first asked for; the tables the phrases do not change are this vocabulary's own.
    /// - Complexity: O(1) here; when asked for, O(the phrase patterns), and a copy of the known
    ///   words, the verbs and the canonical patterns (not rehashed).
    /// - Parameter phraseVerbs: the first words of the phrase patterns (`PhrasePatterns.actionsByFirstWord`'s keys).
    func withoutPhrases(_ difference: PhraseFreeDifference, plainStory: Story,
                        phraseVerbs: some Sequence<String>) -> Vocabulary {
        Vocabulary(story: plainStory, parts: PhraseFreeParts(base: self, difference: difference, phraseVerbs: Array(phraseVerbs)))
    }

    /// The tables of a phrase-free vocabulary, derived from its story's vocabulary `base`.
    private struct PhraseFreeParts: Parts {
        let base: Vocabulary
        let difference: PhraseFreeDifference
        let phraseVerbs: [String]

        var thingsShared: Vocabulary? { base }
        func thingsByWord() -> [String: [ThingIndex]] { base.thingsByWord }
        func nouns() -> [Set<String>] { base.nouns }
        func words() -> [Set<String>] { base.words }
        func sceneWords() -> [Set<String>] { base.sceneWords }
        func exitVerbs() -> Set<String> { base.exitVerbs }
        func exitWords() -> [[Set<String>]] { base.exitWords }

        // Removing a few words from a copy keeps the copy's hash table as it is; `subtracting`
        // and `filter` would hash every word again.
        func known() -> Set<String> {
            var known = base.known
            for word in difference.words { known.remove(word) }
            return known
        }

        func verbs() -> Set<String> {
            var verbs = base.verbs.words
            for verb in difference.verbs { verbs.remove(verb) }
            return verbs
        }

        func actionsByVerb() -> [String: [Int]] {
            var actionsByVerb = base.actionsByVerb
            for verb in phraseVerbs { actionsByVerb[verb] = nil }
            return actionsByVerb
        }

        func canonicalPatterns() -> [[Pattern]] {
            var canonicalPatterns = base.canonicalPatterns
            for phrases in difference.phrases {
                canonicalPatterns[phrases.action] = canonicalPatterns[phrases.action].removing(at: phrases.patterns)
            }
            return canonicalPatterns
        }

        // A few patterns of an action, and their verb or two: arrays, not sets (docs/performance.md,
        // "Start-up, thirteenth round").
        func actionsByCanonicalVerb() -> [String: [Int]] {
            let canonicalPatterns = base.canonicalPatterns
            var byCanonicalVerb = base.actionsByCanonicalVerb
            for phrases in difference.phrases {
                let (action, positions) = (phrases.action, phrases.patterns)
                var removed: [String] = []
                for position in positions {
                    if let verb = canonicalPatterns[action][position].verb, !removed.contains(verb) { removed.append(verb) }
                }
                let kept = canonicalPatterns[action].removing(at: positions)
                for verb in removed where !kept.contains(where: { $0.verb == verb }) {
                    byCanonicalVerb[verb]?.removeAll { $0 == action }
                    if byCanonicalVerb[verb]?.isEmpty == true { byCanonicalVerb[verb] = nil }
                }
            }
            return byCanonicalVerb
        }
    }
}
