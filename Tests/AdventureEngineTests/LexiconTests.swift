@testable import CommandParser
import StoryCompiler
import StoryModel
import TestSupport
import Testing

/// `Lexicon` and `CommandWords`: the readings tried for every command are passed over by their
/// words' numbers only when their own gate would turn the words away; and `Vocabulary.knows`
/// answers the words of things, the grammar's first words and the directions without its set, as
/// the set would (docs/performance.md, "Per command, sixteenth round").
@Suite struct LexiconTests {
    @Test func everyWordOfTheGatesHasANumberInTheMasks() {
        let lexicon = Lexicon.shared
        #expect(lexicon.numbers.count < WordMask.capacity)
        let gates: [(WordSet, WordMask)] = [
            (CommandParser.possibleOpenings, lexicon.strengthenedOpenings), (["excuse", "pardon"], lexicon.politeOpenings),
            (CommandParser.grudgingWords, lexicon.grudgingOpenings), (CommandParser.chatFillers, lexicon.grudgingOpenings),
            (CommandParser.suggestionStarts, lexicon.suggestionStarts), (CommandParser.agreementWords, lexicon.agreementWords),
            (CommandParser.answerInterjections, lexicon.answerInterjections), (CommandParser.comradeWords, lexicon.comradeWords),
            (CommandParser.tuningVerbs, lexicon.tuningVerbs), (Rephrasings.timeWords, lexicon.timeWords),
            (WordSet(Set(CommandParser.formsOfAddress.keys)), lexicon.formsOfAddress), (CommandParser.addressWords, lexicon.addressWords),
            (CommandParser.sentenceSubjects, lexicon.sentenceSubjects), (CommandParser.laughs, lexicon.laughs),
            (CommandParser.greetingWords, lexicon.greetingWords), (CommandParser.hailWords, lexicon.hailWords),
            (CommandParser.whatOrWhereOpenings, lexicon.whatOrWhereOpenings), (Vocabulary.articles, lexicon.whatOrWhereOpenings),
            (CommandParser.describingWords, lexicon.describingWords),
        ]
        for (set, mask) in gates {
            for word in set { #expect(mask.contains(lexicon.numbers.number(of: word)), "\(word)") }
        }
        // Words of no gate: none of the masks.
        for word in ["take", "binela", "key", "east", "café", "a-very-long-word-indeed"] {
            let typed = CommandWords([word], lexicon: lexicon)
            #expect(!lexicon.strengthenedOpenings.contains(typed.first) && !lexicon.grudgingOpenings.contains(typed.first)
                && !lexicon.goingWith.contains(typed.first) && !typed.present.intersects(lexicon.name)
                && !lexicon.whatOrWhereOpenings.contains(typed.first) && !typed.present.intersects(lexicon.describingWords))
        }
    }

    @Test func aCommandsWordsAreNumberedAsTyped() {
        let lexicon = Lexicon.shared
        let typed = CommandWords(["hey", "u", "what", "is", "your", "name", "sir"], lexicon: lexicon)
        #expect(typed.count == 7)
        #expect(lexicon.greetingWords.contains(typed.first) && lexicon.hailWords.contains(typed.second))
        #expect(lexicon.addressWords.contains(typed.last) && lexicon.formsOfAddress.contains(typed.last))
        #expect(typed.present.intersects(lexicon.name) && !typed.present.intersects(lexicon.goingWith))
        // A word kept on the heap has the number of the same word kept inline.
        var heap = String()
        heap.reserveCapacity(64)
        heap += "with"
        #expect(CommandWords(["go", heap, "him"], lexicon: lexicon).present.intersects(lexicon.goingWith))
        #expect(CommandWords([], lexicon: lexicon).first == 0)
    }

    /// The words `knows` answers without its set are known words, in the story's vocabulary and
    /// in the one without its phrases.
    @Test func knownWordsFoundWithoutTheSetAreKnown() throws {
        let elbe = try #require(StoryCompiler.compile(path: Fixtures.repositoryRoot() + "/Stories/elbe.story").story)
        let parser = CommandParser(story: elbe)
        let plain = try #require(parser.withoutPhrases?.vocabulary)
        let directions = Direction.allCases.flatMap { [$0.rawValue] + ($0.abbreviation.map { [$0] } ?? []) }
        for vocabulary in [parser.vocabulary, plain] {
            for word in vocabulary.thingsByWord.keys { #expect(vocabulary.known.contains(word), "\(word)") }
            for word in Grammar.byFirstWord.keys where !word.isEmpty { #expect(vocabulary.known.contains(word), "\(word)") }
            for word in directions { #expect(vocabulary.known.contains(word), "\(word)") }
        }
        #expect(!parser.vocabulary.knows("") && !parser.vocabulary.knows("xyzzyq") && parser.vocabulary.knows("12"))
    }

    /// Reactions typed long or in chat spelling, and words that only look like them.
    @Test func reactionSpellings() {
        #expect(CommandParser.reactionSpelling("noooo") == "sad" && CommandParser.reactionSpelling("noo") == "noo")
        #expect(CommandParser.reactionSpelling("aww") == "sad" && CommandParser.reactionSpelling("away") == "away")
        #expect(CommandParser.reactionSpelling("ew") == "ugh" && CommandParser.reactionSpelling("eugh") == "ugh")
        #expect(CommandParser.reactionSpelling("yuck") == "ugh" && CommandParser.reactionSpelling("ugh") == "ugh")
        #expect(CommandParser.reactionSpelling("east") == "east" && CommandParser.reactionSpelling("n") == "n")
        #expect(CommandParser.reaction(["aww"]) == .sorrow && CommandParser.reaction(["take", "binela", "key"]) == nil)
    }
}
