import StoryModel

extension PhrasePatterns {
    /// A story's phrase patterns, found the first time a command is parsed rather than when the
    /// parser is made, so that the game reaches its first prompt without them (issue #15: finding
    /// them touches the built-in grammar, which start-up otherwise never reads). Made once under
    /// a lock (`MadeOnce`), as the parser is `Sendable`, and kept.
    final class Lazy: Sendable {
        private let made: MadeOnce<PhrasePatterns?>

        /// The phrase patterns of `story`, whose vocabulary is `vocabulary`, with the
        /// `PhraseFreeDifference` carried in the compiled vocabulary when there is one.
        init(story: Story, vocabulary: Vocabulary, difference: PhraseFreeDifference? = nil) {
            made = MadeOnce { PhrasePatterns(story: story, vocabulary: vocabulary, difference: difference) }
        }

        /// True once the patterns have been looked for (for the tests of start-up).
        var isMade: Bool { made.isMade }

        /// The phrase patterns of the story; nil when it has none.
        var value: PhrasePatterns? { made.value }
    }
}
