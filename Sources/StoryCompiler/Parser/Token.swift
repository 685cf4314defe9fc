import StoryModel

/// A word, number, quoted text or symbol on an instruction line.
struct Token: Sendable, CustomStringConvertible {
    enum Kind: Sendable, Equatable {
        /// A word or id, lowercased in `text`.
        case word
        case number(Int)
        /// Text in double quotes (straight or curly), without the quotes.
        case string
        /// `,` `:` `(` `)` `{` `}` `=` `!=` `<` `<=` `>` `>=` or any other single character.
        case symbol
    }

    let kind: Kind
    /// The word lowercased, the string's content, or the symbol.
    let text: String
    /// The range in the source, quotes included.
    let range: SourceRange

    var isWord: Bool { kind == .word }

    func isWord(_ word: String) -> Bool { kind == .word && text == word }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

    var description: String {
        switch kind {
        case .string: "\"\(text)\""
        default: text
        }
    }
}
