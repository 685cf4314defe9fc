import StoryModel

extension Vocabulary {
    /// The vocabulary of `plainStory`, which is `story` (the story of this vocabulary) with the
    /// patterns at `phrases` (for each action, the positions of its phrase patterns, in order)
    /// removed: equal to `Vocabulary(story: plainStory)`, but derived from this one by taking
    /// the phrases out, so that a story with phrase patterns (PhrasePatterns.swift) does not
    /// index its words a second time when it starts.
    ///
    /// A phrase's first word is never a verb of the grammar or a direction, and every pattern
    /// starting with it is a phrase; its words stay known where something else in the story or
    /// the parser knows them.
    /// - Complexity: O(the story's patterns, topics and named exits), and a copy of the known words.
    func withoutPhrases(_ phrases: [(action: Int, patterns: [Int])], of story: Story, plainStory: Story) -> Vocabulary {
        var phraseVerbs: Set<String> = []
        var phraseWords: Set<String> = []
        var canonicalPatterns = canonicalPatterns
        var byCanonicalVerb = actionsByCanonicalVerb
        for (action, positions) in phrases {
            for position in positions {
                let pattern = story.actions[action].patterns[position]
                if let verb = pattern.verb { phraseVerbs.insert(verb) }
                for case .word(let word) in pattern.elements { phraseWords.insert(word) }
            }
            let removed = Set(positions.compactMap { canonicalPatterns[action][$0].verb })
            canonicalPatterns[action] = canonicalPatterns[action].indices.filter { !positions.contains($0) }.map { canonicalPatterns[action][$0] }
            for verb in removed.subtracting(canonicalPatterns[action].compactMap(\.verb)) {
                byCanonicalVerb[verb]?.removeAll { $0 == action }
                if byCanonicalVerb[verb]?.isEmpty == true { byCanonicalVerb[verb] = nil }
            }
        }
        // The words the rest of the story and the parser know, as `init(story:)` gathers them.
        phraseWords = phraseWords.filter { word in
            !(Self.articles.contains(word) || Self.pronouns.contains(word) || Self.glue.contains(word) || Grammar.words.contains(word)
                || NounResolver.personWords.contains(word) || Rephrasings.colours.contains(word) || Rephrasings.verbs.contains(word)
                || Direction.allCases.contains { $0.rawValue == word || $0.abbreviation == word } || thingsByWord[word] != nil || story.world.synonyms[word] != nil
                || sceneWords.contains { $0.contains(word) } || exitWords.contains { $0.contains { $0.contains(word) } })
        }
        // Thousands of the story's words, against the few phrase words left: the sieve answers
        // most of them without hashing the word.
        let sieve = WordSieve(phraseWords)
        for thing in story.things where !phraseWords.isEmpty {
            for topic in thing.topics {
                for phrase in topic.phrases { for word in phrase where sieve.mayContain(word) { phraseWords.remove(word) } }
            }
        }
        for action in plainStory.actions where !phraseWords.isEmpty {
            for pattern in action.patterns {
                for case .word(let word) in pattern.elements where sieve.mayContain(word) { phraseWords.remove(word) }
            }
        }
        for scene in story.scenes where !phraseWords.isEmpty {
            for exit in scene.exits {
                if case .named(let named) = exit.way {
                    for phrase in named { for word in phrase where sieve.mayContain(word) { phraseWords.remove(word) } }
                }
            }
        }
        let verbs = verbs.subtracting(phraseVerbs.filter { !exitVerbs.contains($0) && story.world.synonyms[$0] == nil && !Rephrasings.verbs.contains($0) })
        return Vocabulary(story: plainStory, thingsByWord: thingsByWord, nouns: nouns, words: words, known: known.subtracting(phraseWords),
                          actionsByVerb: actionsByVerb.filter { !phraseVerbs.contains($0.key) }, sceneWords: sceneWords, exitVerbs: exitVerbs,
                          exitWords: exitWords, canonicalPatterns: canonicalPatterns, actionsByCanonicalVerb: byCanonicalVerb, verbs: verbs)
    }
}
