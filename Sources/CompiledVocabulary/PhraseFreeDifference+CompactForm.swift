import CommandParser
import StoryCompiler
import StoryModel

// The layout of a story's `PhraseFreeDifference` in its compiled vocabulary (`CompiledVocabulary`),
// after the vocabulary: the actions with phrase patterns (each its index and the patterns'
// positions), then the words and the verbs the phrase-free vocabulary leaves out, sorted.

extension CompactWriter {
    mutating func write(_ difference: PhraseFreeDifference) {
        list(difference.phrases) { $0.int($1.action); $0.ints($1.patterns) }
        strings(difference.words)
        strings(difference.verbs)
    }
}

extension CompactReader {
    /// Reads a difference written for `story`, checking that every action and pattern it names is
    /// one of the story's, in order, so that a difference read here can never make the parser trap.
    /// (Read with a loop rather than the generic `list`, which runs unspecialized from this module.)
    mutating func readPhraseFreeDifference(of story: Story) throws -> PhraseFreeDifference {
        var phrases: [PhraseFreeDifference.Phrases] = []
        let count = try count()
        phrases.reserveCapacity(count)
        for _ in 0..<count {
            let action = try int()
            let patterns = try ints()
            guard action > (phrases.last?.action ?? -1), action < story.actions.count, !patterns.isEmpty,
                  zip(patterns, patterns.dropFirst()).allSatisfy({ $0 < $1 }), patterns[0] >= 0,
                  patterns[patterns.count - 1] < story.actions[action].patterns.count
            else { throw failure("the phrase patterns do not fit the story") }
            phrases.append(PhraseFreeDifference.Phrases(action: action, patterns: patterns))
        }
        return PhraseFreeDifference(phrases: phrases, words: try strings(), verbs: try strings())
    }
}
