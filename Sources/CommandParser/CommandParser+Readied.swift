import StoryModel

extension CommandParser {
    /// This parser with its vocabulary's tables that every command asks made and held ready
    /// (`Vocabulary.readied`): the engine's game asks for it at its first command.
    package var readied: CommandParser {
        vocabulary.isReady ? self : CommandParser(story: story, vocabulary: vocabulary.readied, lazyPhrases: lazyPhrases)
    }

    fileprivate init(story: Story, vocabulary: Vocabulary, lazyPhrases: PhrasePatterns.Lazy?) {
        self.story = story
        self.vocabulary = vocabulary
        self.lazyPhrases = lazyPhrases
    }
}
