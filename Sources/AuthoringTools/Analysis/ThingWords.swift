import CommandParser
import StoryModel

/// The words each thing answers to, indexed once: the part of the command parser's `Vocabulary`
/// that the lint rules read (`thingsByWord`, `words`), made without the rest of it (the
/// grammar's tables, scene and exit words), which the rules never look at.
///
/// The same words as `Vocabulary`: a thing's nouns, adjectives and the other number of each noun
/// ("soldier" for "soldiers"); a test checks that both agree on every story.
///
/// Each word is known by a number (the order it was first met), each thing by the ascending
/// numbers of its words: one hash a word to build, not a set of strings for every thing and a
/// dictionary of arrays beside it, and two things' words compared as short arrays of numbers
/// (docs/performance.md, "Compile, sixteenth round").
struct ThingWords {
    /// The words, by number.
    let spellings: [String]
    /// For each word, by number, the things that answer to it, in story order.
    let thingsOfWord: [[ThingIndex]]
    /// For each thing, the numbers of its words, ascending, each once.
    let numbers: [[Int32]]
    /// The number of each word (its bytes hashed, not the `String`: docs/performance.md,
    /// "Compile, eighteenth round").
    private let numberOf: StringNumbers

    init(story: Story) {
        // A thing has a noun and an adjective or two: room for about two words a thing at once.
        var numberOf = StringNumbers(capacity: story.things.count * 2)
        var thingsOfWord: [[ThingIndex]] = []
        thingsOfWord.reserveCapacity(story.things.count * 2)
        var numbers: [[Int32]] = []
        numbers.reserveCapacity(story.things.count)
        let things = story.things
        for index in things.indices {
            var own: [Int32] = []
            own.reserveCapacity(things[index].nouns.count * 2 + things[index].adjectives.count)
            func add(_ word: String) {
                // One look-up: the word is added with the next number when it is new.
                let (number, isNew) = numberOf.add(word)
                if isNew { thingsOfWord.append([]) }
                if !own.contains(number) { own.append(number) }
            }
            for noun in things[index].nouns { add(noun) }
            for adjective in things[index].adjectives { add(adjective) }
            for noun in things[index].nouns { add(Vocabulary.otherNumber(noun)) }
            for number in own { thingsOfWord[Int(number)].append(index) }
            own.sort()
            numbers.append(own)
        }
        self.spellings = numberOf.strings
        self.thingsOfWord = thingsOfWord
        self.numbers = numbers
        self.numberOf = numberOf
    }

    /// The number of a word, or nil when no thing answers to it.
    func number(of word: String) -> Int32? {
        numberOf.number(of: word)
    }

    /// True when the thing answers to the word.
    func thing(_ thing: ThingIndex, answersTo word: String) -> Bool {
        guard let number = numberOf.number(of: word) else { return false }
        return numbers[thing].contains(number)
    }

    /// True when every word of thing `a` also names thing `b`.
    func wordsOf(_ a: ThingIndex, areAmongWordsOf b: ThingIndex) -> Bool {
        let small = numbers[a], large = numbers[b]
        guard small.count <= large.count else { return false }
        var at = 0
        for number in small {
            while at < large.count, large[at] < number { at += 1 }
            guard at < large.count, large[at] == number else { return false }
            at += 1
        }
        return true
    }

    /// A thing's words as a set of strings, for the few questions asked of one thing's words.
    func words(of thing: ThingIndex) -> Set<String> {
        Set(numbers[thing].map { spellings[Int($0)] })
    }

    /// For each word, the things that answer to it (as `Vocabulary.thingsByWord`).
    func thingsByWord() -> [String: [ThingIndex]] {
        var out: [String: [ThingIndex]] = [:]
        for (number, things) in thingsOfWord.enumerated() { out[spellings[number]] = things }
        return out
    }
}
