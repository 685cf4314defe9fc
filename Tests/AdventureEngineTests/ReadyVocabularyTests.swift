import AdventureEngine
import CommandParser
import StoryModel
import Testing

/// A vocabulary whose tables are made when first asked for (as one read from a compiled form is)
/// holds the tables every command asks ready from a game's first command on, and reads every
/// command as a vocabulary built from the story does (docs/performance.md, "Start-up, seventeenth round").
@Suite struct ReadyVocabularyTests {
    /// The tables of `base`, handed over when first asked for, as a compiled form's sections are.
    struct HandedOver: Vocabulary.Parts {
        let base: Vocabulary
        func thingsByWord() -> [String: [ThingIndex]] { base.thingsByWord }
        func nouns() -> [Set<String>] { base.nouns }
        func words() -> [Set<String>] { base.words }
        func known() -> Set<String> { base.known }
        func actionsByVerb() -> [String: [Int]] { base.actionsByVerb }
        func sceneWords() -> [Set<String>] { base.sceneWords }
        func exitVerbs() -> Set<String> { base.exitVerbs }
        func exitWords() -> [[Set<String>]] { base.exitWords }
        func canonicalPatterns() -> [[Pattern]] { base.canonicalPatterns }
        func actionsByCanonicalVerb() -> [String: [Int]] { base.actionsByCanonicalVerb }
        func verbs() -> Set<String> { base.verbs.words }
    }

    @Test func aVocabularyBuiltFromItsStoryIsReadyAtOnce() {
        #expect(Vocabulary(story: EngineTestStory.story).isReady)
    }

    @Test func aGameReadiesAVocabularyMadeWhenAskedAtItsFirstCommand() {
        let story = EngineTestStory.story
        let built = Vocabulary(story: story)
        let lazy = Vocabulary(story: story, parts: HandedOver(base: built))
        #expect(!lazy.isReady && lazy.noTableIsMade)
        var game = Game(engine: Engine(parser: CommandParser(story: story, vocabulary: lazy)))
        var same = Game(engine: Engine(parser: CommandParser(story: story, vocabulary: built)))
        #expect(!game.engine.parser.vocabulary.isReady)
        for command in GameTests.commands.prefix(40) {
            #expect(game.perform(command) == same.perform(command))
            #expect(game.engine.parser.vocabulary.isReady)
        }
        #expect(game.engine.parser.vocabulary == built)
        #expect(lazy.readied.isReady && !lazy.isReady)
    }
}
