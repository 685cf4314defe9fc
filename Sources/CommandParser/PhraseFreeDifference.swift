import StoryModel

/// What a story's phrase patterns (PhrasePatterns.swift) add to its vocabulary: which patterns
/// they are, and the words and verbs that only they bring. The phrase-free vocabulary, with which
/// a command that fits no phrase is read, is the story's vocabulary without them
/// (`Vocabulary.withoutPhrases`).
///
/// Found from the story at the first command (`init(story:vocabulary:)`: the built-in grammar and
/// every word of the story against the phrase words, 7 M instructions for the Elbe story), or read
/// ready-made from the compiled vocabulary made at build time (`CompiledVocabulary`).
public struct PhraseFreeDifference: Sendable, Equatable {
    /// An action's phrase patterns: the action's index and the positions of the patterns among its
    /// patterns, in order.
    public struct Phrases: Sendable, Equatable {
        public let action: Int
        public let patterns: [Int]

        public init(action: Int, patterns: [Int]) {
            self.action = action
            self.patterns = patterns
        }
    }

    /// Every action with a phrase pattern, in story order; empty when the story has none.
    public let phrases: [Phrases]
    /// The words the phrase-free vocabulary does not know (sorted): the phrases' words that
    /// nothing else in the story or the parser knows.
    public let words: [String]
    /// The words that start no command without the phrases (sorted).
    public let verbs: [String]

    /// A difference as read from the compiled vocabulary.
    public init(phrases: [Phrases], words: [String], verbs: [String]) {
        self.phrases = phrases
        self.words = words
        self.verbs = verbs
    }

    /// The difference of `story`, whose vocabulary is `vocabulary` (`Vocabulary(story:)` of it).
    /// A phrase's first word is never a verb of the grammar or a direction, and every pattern
    /// starting with it is a phrase; its words stay known where something else in the story or
    /// the parser knows them, as `Vocabulary.init(story:)` gathers them.
    /// - Complexity: O(the story's patterns, topics and named exits).
    public init(story: Story, vocabulary: Vocabulary) {
        var phrases: [Phrases] = []
        var phraseVerbs: Set<String> = []
        var phraseWords: Set<String> = []
        for (index, action) in story.actions.enumerated() {
            let positions = action.patterns.indices.filter { PhrasePatterns.isPhrase(action.patterns[$0]) }
            guard !positions.isEmpty else { continue }
            phrases.append(Phrases(action: index, patterns: positions))
            for position in positions {
                let pattern = action.patterns[position]
                if let verb = pattern.verb { phraseVerbs.insert(verb) }
                for case .word(let word) in pattern.elements { phraseWords.insert(word) }
            }
        }
        phraseWords = phraseWords.filter { word in
            !(Vocabulary.articles.contains(word) || Vocabulary.pronouns.contains(word) || Vocabulary.glue.contains(word) || Grammar.words.contains(word)
                || NounResolver.personWords.contains(word) || Rephrasings.colours.contains(word) || Rephrasings.verbs.contains(word)
                || Direction.allCases.contains { $0.rawValue == word || $0.abbreviation == word } || vocabulary.things(answering: word) != nil
                || story.world.synonyms[word] != nil
                || vocabulary.sceneWords.contains { $0.contains(word) } || vocabulary.exitWords.contains { $0.contains { $0.contains(word) } })
        }
        // Thousands of the story's words, against the few phrase words left: the sieve answers
        // most of them without hashing the word.
        let sieve = WordSieve(phraseWords)
        for thing in story.things where !phraseWords.isEmpty {
            for topic in thing.topics {
                for phrase in topic.phrases { for word in phrase where sieve.mayContain(word) { phraseWords.remove(word) } }
            }
        }
        var next = phrases.startIndex
        for (index, action) in story.actions.enumerated() where !phraseWords.isEmpty {
            var skipped: [Int] = []
            if next < phrases.endIndex, phrases[next].action == index {
                skipped = phrases[next].patterns
                next += 1
            }
            for (position, pattern) in action.patterns.enumerated() where !skipped.contains(position) {
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
        self.phrases = phrases
        words = phraseWords.sorted()
        verbs = phraseVerbs.filter { vocabulary.isVerb($0) && !vocabulary.exitVerbs.contains($0) && story.world.synonyms[$0] == nil
            && !Rephrasings.verbs.contains($0) }.sorted()
    }
}
