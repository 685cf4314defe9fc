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

    // The asks below read the ready tables (Vocabulary+Ready.swift) on a path of their own: a
    // path shared with the table made when first asked for, read through its address, retained
    // what it read at every ask (docs/performance.md, "Start-up, seventeenth round").

    /// The things that answer to the word (as a noun or an adjective), as `thingsByWord[word]`.
    func things(answering word: String) -> [ThingIndex]? {
        if shared.isReady { return shared.ready.thingsByNumber.things(answering: word) }
        return lazyThings(answering: word)
    }

    @inline(never)
    private func lazyThings(answering word: String) -> [ThingIndex]? {
        thingsByNumber.things(answering: word)
    }

    /// True when some thing answers to the word: `thingsByWord[word] != nil`.
    func namesThings(_ word: String) -> Bool {
        if shared.isReady { return shared.ready.thingsByNumber.numbers.contains(word) }
        return lazyNamesThings(word)
    }

    @inline(never)
    private func lazyNamesThings(_ word: String) -> Bool {
        thingsByNumber.numbers.contains(word)
    }

    /// True when the word may start a command: `verbs.contains(word)`.
    public func isVerb(_ word: String) -> Bool {
        if shared.isReady { return shared.ready.verbs.contains(word) }
        return lazyIsVerb(word)
    }

    @inline(never)
    private func lazyIsVerb(_ word: String) -> Bool {
        verbs.contains(word)
    }

    /// The author actions whose canonical patterns start with the word: `actionsByCanonicalVerb[word]`.
    package func actions(byCanonicalVerb word: String) -> [Int]? {
        if shared.isReady { return shared.ready.actionsByCanonicalVerb[word] }
        return lazyActions(byCanonicalVerb: word)
    }

    @inline(never)
    private func lazyActions(byCanonicalVerb word: String) -> [Int]? {
        actionsByCanonicalVerb[word]
    }

    /// True when an author action's canonical patterns has one that starts with the word.
    package func action(_ index: Int, startsWith word: String) -> Bool {
        if shared.isReady { return shared.ready.canonicalPatterns[index].contains { $0.verb == word } }
        return lazyAction(index, startsWith: word)
    }

    @inline(never)
    private func lazyAction(_ index: Int, startsWith word: String) -> Bool {
        canonicalPatterns[index].contains { $0.verb == word }
    }
}
