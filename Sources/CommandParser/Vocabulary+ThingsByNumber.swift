import StoryModel

extension Vocabulary {
    /// `thingsByWord` with its words interned (`WordNumbers`): the things a word names found by
    /// the word's number, without hashing its characters. Made with the vocabulary, a few
    /// integer operations a word (docs/performance.md, "Per command, twelfth round").
    struct ThingsByNumber: Sendable {
        let numbers: WordNumbers
        /// The things of each word, by its number (none at 0).
        private let lists: [[ThingIndex]]

        init(_ thingsByWord: [String: [ThingIndex]]) {
            var lists: [[ThingIndex]] = [[]]
            lists.reserveCapacity(thingsByWord.count + 1)
            var words: [String] = []
            words.reserveCapacity(thingsByWord.count)
            for (word, things) in thingsByWord {
                words.append(word)
                lists.append(things)
            }
            numbers = WordNumbers(words)
            self.lists = lists
        }

        /// `thingsByWord[word]`.
        func things(answering word: String) -> [ThingIndex]? {
            let number = numbers.number(of: word)
            return number == 0 ? nil : lists[Int(number)]
        }
    }

    /// The things that answer to the word (as a noun or an adjective), as `thingsByWord[word]`.
    func things(answering word: String) -> [ThingIndex]? {
        thingsByNumber.things(answering: word)
    }

    /// True when some thing answers to the word: `thingsByWord[word] != nil`.
    func namesThings(_ word: String) -> Bool {
        thingsByNumber.numbers.contains(word)
    }
}
