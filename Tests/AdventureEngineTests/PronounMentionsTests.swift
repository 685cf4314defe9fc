@testable import AdventureEngine
import CommandParser
import Testing

/// Whether a reply says `him`, `her`, `he` or `she` is read on its bytes; it must be what the
/// tokenizer finds (which decides who `him` and `her` mean next).
@Suite struct PronounMentionsTests {
    static let texts = [
        "", "Talk to him.", "HER papers are in order.", "Ask -he-", "'she' said", "then", "hers", "him's", "#him",
        "Shem", "H-e", "him-", "she-wolf", "the", "sh", "he", "He.", "Polowsky waits, and she nods.", "Gordeyev – him",
        "Café: he waits.", "Café, nobody.", "he’s here", "Ни он, ни она.", "x\u{301}him", "himself and herself",
        "12 he 34", "He,she", "tHeN him",
    ]

    @Test func bytesFindWhatTheTokenizerFinds() {
        for text in Self.texts {
            #expect(PronounMentions.mentionsPronoun(text) == Tokenizer.containsWord(of: PronounMentions.pronouns, in: text),
                    "\(text)")
        }
    }

    @Test func findsPronounsAsWordsOnly() {
        #expect(PronounMentions.mentionsPronoun("Polowsky waits. Talk to him."))
        #expect(PronounMentions.mentionsPronoun("SHE smiles."))
        #expect(!PronounMentions.mentionsPronoun("The helmet is here; there is nothing else."))
    }
}
