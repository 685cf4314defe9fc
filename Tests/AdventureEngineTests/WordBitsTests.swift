@testable import CommandParser
import Testing

/// `WordBits`: a grammar line is passed over only when one of its words is certainly not typed,
/// however the typed words' strings are kept, so that the parser reads the same lines as when it
/// compared every line's words with the command's.
@Suite struct WordBitsTests {
    @Test func aLineWhoseWordsAreTypedIsNeverPassedOver() {
        for line in Grammar.lines {
            let words = line.pieces.compactMap { if case .word(let word) = $0 { word } else { nil } }
            #expect(line.requiredWords & ~WordBits.present(words + ["lamp"]) == 0)
            // Typed words as the tokenizer makes them, and one kept on the heap.
            let typed = Tokenizer.commands(in: words.joined(separator: " ").uppercased() + " lamp").first ?? []
            #expect(line.requiredWords & ~WordBits.present(typed) == 0)
            var heap = String()
            heap.reserveCapacity(64)
            heap += words.first ?? "x"
            #expect(line.requiredWords & ~WordBits.present([heap] + words.dropFirst()) == 0)
        }
    }

    @Test func aLineWithAWordNotTypedIsMostlyPassedOver() {
        let typed = WordBits.present(["look", "at", "lamp"])
        let passedOver = Grammar.lines.filter { $0.requiredWords & ~typed != 0 }
        // `look at {any}` stays; `ask {person} about {topic}` goes.
        #expect(!passedOver.contains { $0.pieces == [.word("look"), .word("at"), .noun(.anything)] })
        #expect(passedOver.contains { $0.verb == .ask && $0.pieces.first == .word("ask") })
        // A word that is no small ASCII string lets every line through.
        #expect(WordBits.present(["look", "café"]) == ~0)
        #expect(WordBits.required(afterFirstOf: [.word("look"), .word("café")]) == 0)
    }

    /// The contractions after the first word in full, and the words after it in canonical form,
    /// as before they were one table.
    @Test func canonicalWordsSpellContractionsInFull() {
        #expect(Synonyms.canonical(["why", "cant", "we", "go", "into", "it"]) == ["why", "can", "not", "we", "go", "in", "it"])
        #expect(Synonyms.canonical(["i", "dunno", "myself"]) == ["inventory", "do", "not", "know", "me"])
        #expect(Synonyms.canonical(["cant", "stop"]) == ["cant", "stop"])
        #expect(Synonyms.canonical(["shout", "dont", "shoot", "dont"]) == ["shout", "do", "not", "shoot", "do", "not"])
    }
}
