import Foundation
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
            (CommandParser.describingWords, lexicon.describingWords), (CommandParser.reactingWords, lexicon.reactingWords),
            (CommandParser.wishFirstWords, lexicon.wishFirstWords), (CommandParser.wishSecondWords, lexicon.wishSecondWords),
        ]
        for (set, mask) in gates {
            for word in set { #expect(mask.contains(lexicon.numbers.number(of: word)), "\(word)") }
        }
        // Words of no gate: none of the masks.
        for word in ["take", "binela", "key", "east", "café", "a-very-long-word-indeed"] {
            let typed = CommandWords([word], lexicon: lexicon)
            #expect(!lexicon.strengthenedOpenings.contains(typed.first) && !lexicon.grudgingOpenings.contains(typed.first)
                && !lexicon.goingWith.contains(typed.first) && !typed.present.intersects(lexicon.name)
                && !lexicon.whatOrWhereOpenings.contains(typed.first) && !typed.present.intersects(lexicon.describingWords)
                && !typed.present.intersects(lexicon.reactingWords))
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

    /// `reacting` is passed over only for words none of its readings reads: every reaction, refusal
    /// and wish is let through, typed plainly or in chat spelling, and so is every command of the
    /// repository's transcripts that `reaction` reads; a plain command is not.
    @Test func theReactionGateLetsEveryReactionThrough() throws {
        let lexicon = Lexicon.shared
        func mayReact(_ words: [String]) -> Bool {
            CommandParser.mayReact(words, typed: CommandWords(words, lexicon: lexicon), lexicon: lexicon)
        }
        let reactions = ["sad", "thats so sad", "that's really sad about the war", "poor guy", "poor little girl", "oh no",
                         "oh my god", "not fair", "thats not fair", "damn", "wow", "how awful what happened", "aww", "awww man",
                         "noooo", "ew", "eww gross", "yuck", "no way", "nope", "nah", "hell no", "good luck getting home",
                         "take care", "take care of yourself", "stay safe", "god bless", "all the best", "best of luck"]
        for line in reactions {
            let words = line.split(separator: " ").map(String.init)
            #expect(mayReact(words), "\(line)")
        }
        for line in ["take binela key", "east", "x lamp", "talk to brennan", "ask karpovich about the river", "wait"] {
            #expect(!mayReact(line.split(separator: " ").map(String.init)), "\(line)")
        }
        let root = Fixtures.repositoryRoot()
        var checked = 0
        for folder in ["Stories/elbe.tests", "Stories/examples/ferry.tests", "Tests/TranscriptTests/Transcripts", "Tests/TranscriptTests/Walkthroughs"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) where file.hasSuffix(".transcript") {
                let text = try String(contentsOfFile: root + "/" + folder + "/" + file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("> ") {
                    for words in Tokenizer.commands(in: String(line.dropFirst(2))) where !words.isEmpty {
                        checked += 1
                        if CommandParser.reaction(words) != nil { #expect(mayReact(words), "\(words)") }
                    }
                }
            }
        }
        #expect(checked > 4_000)
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
