@testable import CommandParser
import Testing

/// `WordNumbers` and `WordSet`: a typed word is found however its string is kept (a short ASCII
/// word found by its bytes, one on the heap, a long one and one with accents through the
/// dictionary), so that the parser understands the same words as with a `Set<String>`.
@Suite struct WordNumbersTests {
    let numbers = WordNumbers(["take", "lamp", "take", "café", "extraordinarily-long-word"])

    @Test func wordsAreNumberedInOrderOnce() {
        #expect(numbers.count == 4)
        #expect(numbers.number(of: "take") == 1)
        #expect(numbers.number(of: "lamp") == 2)
        #expect(numbers.number(of: "café") == 3)
        #expect(numbers.number(of: "extraordinarily-long-word") == 4)
        #expect(numbers.number(of: "lantern") == 0)
        #expect(numbers.number(of: "") == 0)
    }

    @Test func aWordIsFoundHoweverItsStringIsKept() {
        // A short word on the heap: reserved room keeps it there, out of the small form.
        var heap = String()
        heap.reserveCapacity(64)
        heap += "la"
        heap += "mp"
        #expect(numbers.number(of: heap) == 2)
        // Typed words, as the tokenizer and the chat spellings make them.
        #expect(numbers.number(of: Tokenizer.commands(in: "TAKE Lamp")[0][1]) == 2)
        #expect(numbers.number(of: String("the lamp".split(separator: " ")[1])) == 2)
        // Accents: the same word in another normal form is the same word, as with a set.
        #expect(numbers.number(of: "cafe\u{301}") == 3)
        #expect(numbers.number(of: String(repeating: "extraordinarily-long-word", count: 1)) == 4)
    }

    /// A table grouped by word numbers holds the groups `Dictionary(grouping:by:)` makes, in order.
    @Test func aTableGroupedByWordHoldsTheDictionarysGroups() {
        let lines = ["take lamp", "take all", "look", "", "café au lait", "look up", "extraordinarily-long-word x", " spaced"]
        let first: (String) -> String = { String($0.split(separator: " ").first ?? "") }
        let table = WordTable<[String]>(grouping: lines, by: first)
        let dictionary = Dictionary(grouping: lines, by: first)
        #expect(Set(table.keys) == Set(dictionary.keys))
        #expect(table.keys.count == dictionary.count)
        for (word, group) in dictionary { #expect(table[word] == group) }
        #expect(table["lantern"] == nil)
        // The grammar's lines by first word, as grouping them in a dictionary gave.
        let grammar = Dictionary(grouping: Grammar.lines) { line in
            if case .word(let word)? = line.pieces.first { return word }
            return ""
        }
        #expect(Set(Grammar.byFirstWord.keys) == Set(grammar.keys))
        for (word, group) in grammar {
            #expect(Grammar.byFirstWord[word]?.map(\.pieces) == group.map(\.pieces))
            #expect(Grammar.byFirstWord[word]?.map(\.verb) == group.map(\.verb))
        }
    }

    /// The tokenizer's words made as small strings from their bytes are the strings the standard
    /// library makes of the same lowercased bytes: equal, with the same bytes, hash and count.
    @Test func wordsMadeFromTheirBytesAreTheLibrarysStrings() {
        let lines = ["TAKE Lamp", "x the O'Brien's-map", "go north-east then Look", "a bcdefghijklmno abcdefghijklmnop 123 #4",
                     "Ask Ferris about THE-Russians, then wait.", "i", "z9 Q"]
        for line in lines {
            let words = Array(Tokenizer.commands(in: line).joined())
            let plain = line.split { !($0.isLetter || $0.isNumber || "-'#".contains($0)) }
                .map { String(decoding: Array($0.utf8).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self) }
                .map { word in String(word.drop { "-'".contains($0) }.reversed().drop { "-'".contains($0) }.reversed()) }
                .filter { !$0.isEmpty && $0 != "then" }
            #expect(words == plain, "\(line)")
            for (word, other) in zip(words, plain) {
                #expect(Array(word.utf8) == Array(other.utf8))
                #expect(word.hashValue == other.hashValue)
                #expect(word.count == other.count && word.utf8.count == other.utf8.count)
                #expect(numbers.number(of: word) == numbers.number(of: other))
            }
        }
    }

    @Test func aWordSetAnswersAsItsSet() {
        let set: WordSet = ["the", "a", "an", "some"]
        for word in ["the", "a", "an", "some", "them", "", "thé", "lamp"] {
            #expect(set.contains(word) == set.words.contains(word))
        }
        #expect(Set(["the", "lamp"]).subtracting(set) == ["lamp"])
        #expect(Set(["the", "a"]).isSubset(of: set))
    }
}
