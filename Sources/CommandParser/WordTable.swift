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

    /// `WordTable(Dictionary(grouping: elements, by: word))`, the groups found by the words'
    /// numbers rather than by hashing each word into a dictionary (the grammar's lines by first
    /// word, made at the first command: docs/performance.md, "Start-up, thirteenth round").
    init<Element: Sendable>(grouping elements: [Element], by word: (Element) -> String) where Value == [Element] {
        let words = elements.map(word)
        numbers = WordNumbers(words)
        var groups = [[Element]?](repeating: nil, count: numbers.count + 1)
        var keys = [String](repeating: "", count: numbers.count)
        for (element, word) in zip(elements, words) {
            let number = Int(numbers.number(of: word))
            if groups[number] == nil {
                keys[number - 1] = word
                groups[number] = [element]
            } else {
                groups[number]?.append(element)
            }
        }
        self.keys = keys
        values = groups
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

    /// True when the table has a value for the word (every word it numbers has one).
    func contains(_ word: String) -> Bool {
        numbers.contains(word)
    }
}
