/// A fixed dictionary keyed by words that the parser asks for every command (the grammar lines
/// by first word, the synonym phrases by first word): the words interned (`WordNumbers`) and
/// the values by number, so that a look-up finds a typed word without hashing its characters
/// (docs/performance.md, "Per command, twelfth round").
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let numbers: WordNumbers
    /// The values by word number (none at 0).
    private let values: [Value?]

    init(_ dictionary: [String: Value]) {
        var words: [String] = []
        var values: [Value?] = [nil]
        words.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count + 1)
        for (word, value) in dictionary {
            words.append(word)
            values.append(value)
        }
        numbers = WordNumbers(words)
        keys = words
        self.values = values
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }

    /// The words that have a value.
    let keys: [String]

    /// The value of the word; `defaultValue` when the table has none.
    subscript(word: String, default defaultValue: @autoclosure () -> Value) -> Value {
        self[word] ?? defaultValue()
    }

    /// The value of the word; nil when the table has none.
    subscript(word: String) -> Value? {
        values[Int(numbers.number(of: word))]
    }
}
