/// One- and two-word answers students type that stand for a plainer word (the sixty-sixth blind
/// run): `wat` alone is `what` (it had been "I don't know the word 'wat'", while `wat now` read),
/// and `ok sir`, `okay captain` are the `ok`, said to them (they had been "I don't know the word
/// 'sir'" and "What do you want to do with Captain Ferris?").
extension CommandParser {
    /// The plainer words, or nil when the input is no such answer.
    static func shortAnswerAsPlain(_ input: [String]) -> [String]? {
        if input.count == 1, chatSpellings[input[0]] == ["what"] { return ["what"] }
        if input.count == 2, agreementWords.contains(input[0]), formsOfAddress[input[1]] != nil { return [input[0]] }
        return nil
    }
}
