import StoryModel

/// `bye marcel say hi to ur wife` (the fiftieth blind run had "I understood 'bye' but not the
/// rest"): a farewell, then a person here, then more words, is the farewell to that person; what
/// follows is said along with it, as a greeting to pass on or a wish is.
extension CommandParser {
    private static let farewellWords: WordSet = ["bye", "goodbye", "cya", "farewell", "byebye", "bye-bye"]

    /// The farewell to the person the words after `bye` name; nil when they name nobody here.
    func farewellFirst(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.farewellWords.contains(words[0]) else { return nil }
        for length in [3, 2, 1] where words.count > length + 1 {
            guard let person = addressee(Array(words[1...length]), scope: scope) else { continue }
            let outcome = parse(words: ["bye", "#\(person)"], freeText: false, scope: scope)
            if case .commands = outcome { return outcome }
            return nil
        }
        return nil
    }
}
