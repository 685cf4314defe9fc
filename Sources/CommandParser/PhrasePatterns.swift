import StoryModel

/// A story's action patterns that start with a question word or a small word (`on why do i need
/// the flag`, `on were the coordinates wrong`, `on dont drink`): phrases, never verbs.
///
/// Such a pattern answers only when the whole command fits it. Where it does not, the command is
/// read exactly as if the story had no such pattern, by a vocabulary without it (`plain`): `why`
/// stays a question to the person in conversation, `dont` stays `do not`, in every scene.
final class PhrasePatterns: Sendable {
    /// The story without its phrase patterns (each action keeps its index and its other patterns).
    let plainStory: Story
    /// The vocabulary of `plainStory`: the phrases' first words are no verbs of the story, and
    /// their other words are known only where something else in the story uses them.
    let plain: Vocabulary
    /// For each first word, the actions with a phrase pattern that starts with it, in story order,
    /// and the positions of those patterns among the action's patterns.
    let actionsByFirstWord: [String: [(action: Int, patterns: [Int])]]

    /// Words that start a question, a statement or a chat line rather than a command: a story
    /// pattern starting with one of them is a phrase. A built-in verb (`wait`, `look`) or a
    /// direction never is.
    static let openers: WordSet = [
        "what", "whats", "what's", "where", "wheres", "where's", "who", "whos", "who's", "whose", "why", "how", "hows",
        "how's", "when", "which", "is", "isnt", "isn't", "are", "arent", "aren't", "am", "was", "wasnt", "wasn't", "were",
        "werent", "weren't", "can", "cant", "can't", "cannot", "could", "couldnt", "couldn't", "do", "dont", "don't",
        "does", "doesnt", "doesn't", "did", "didnt", "didn't", "should", "shouldnt", "shouldn't", "would", "wouldnt",
        "wouldn't", "will", "wont", "won't", "shall", "may", "might", "must", "have", "havent", "haven't", "has", "had",
        "we", "you", "he", "she", "they", "it", "u", "now", "ok", "okay", "so", "well", "and", "then", "but", "alright",
        "lets", "let's", "please", "try", "maybe", "not", "no", "yes",
    ]

    /// True when a pattern's first word makes it a phrase.
    static func isPhrase(_ pattern: Pattern) -> Bool {
        guard let verb = pattern.verb else { return false }
        return openers.contains(verb) && Grammar.byFirstWord[verb] == nil && Direction.typed(verb) == nil
    }

    /// The phrase patterns of `story`, whose vocabulary is `vocabulary`; nil when it has none (the
    /// parser then reads every command with the story's vocabulary as it is). `difference` is the
    /// story's `PhraseFreeDifference` when it was carried in the compiled vocabulary; it is found
    /// from the story when nil.
    /// - Complexity: O(the phrase patterns) with `difference`; without it, O(the story's patterns,
    ///   topics and named exits) to find it. `plain` is derived from `vocabulary`
    ///   (`Vocabulary.withoutPhrases`), not indexed again.
    init?(story: Story, vocabulary: Vocabulary, difference: PhraseFreeDifference? = nil) {
        let difference = difference ?? PhraseFreeDifference(story: story, vocabulary: vocabulary)
        guard !difference.phrases.isEmpty else { return nil }
        var byFirstWord: [String: [(action: Int, patterns: [Int])]] = [:]
        var plainStory = story
        // An action has one phrase verb or a few: arrays, not a set per action (docs/performance.md,
        // "Start-up, thirteenth round").
        for phrases in difference.phrases {
            let (index, positions) = (phrases.action, phrases.patterns)
            let patterns = story.actions[index].patterns
            var verbs: [String] = []
            for position in positions {
                if let verb = patterns[position].verb, !verbs.contains(verb) { verbs.append(verb) }
            }
            verbs.sort()
            for verb in verbs {
                byFirstWord[verb, default: []].append((index, verbs.count == 1 ? positions : positions.filter { patterns[$0].verb == verb }))
            }
            plainStory.actions[index].patterns = patterns.removing(at: positions)
        }
        actionsByFirstWord = byFirstWord
        self.plainStory = plainStory
        // Read by every command of a story with phrase patterns: its tables every command asks
        // made now, at the first command (Vocabulary+Ready.swift).
        plain = vocabulary.withoutPhrases(difference, plainStory: plainStory, phraseVerbs: byFirstWord.keys).readied
    }
}
