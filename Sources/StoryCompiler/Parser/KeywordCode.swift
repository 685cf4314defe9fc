/// A keyword of the story language as one integer, so that a line's first word is looked up
/// on its bytes, without making a `String` and hashing it (`Line.kind(in:)`).
///
/// Every keyword is lowercase ASCII letters, at most 12 of them: each letter is 1...26 in five
/// bits, so a word of up to 12 letters has a code of its own (no letter is 0) in 60 bits.
enum KeywordCode {
    /// The longest keyword, in letters; a longer word is no keyword.
    static let maximumLength = 12

    /// The code of a run of lowercase ASCII letters of at most `maximumLength` bytes.
    @inline(__always)
    static func code(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> UInt64 {
        var code: UInt64 = 0
        for index in 0..<count { code = code << 5 | UInt64(bytes[index] &- 0x60) }
        return code
    }

    /// The code of a keyword (lowercase ASCII letters only, at most `maximumLength`).
    static func code(of keyword: String) -> UInt64 {
        var code: UInt64 = 0
        for byte in keyword.utf8 {
            precondition(byte >= 0x61 && byte <= 0x7A && keyword.utf8.count <= maximumLength, "a keyword is lowercase ASCII letters")
            code = code << 5 | UInt64(byte - 0x60)
        }
        return code
    }

    /// The keywords of a block context with their codes.
    struct Table: Sendable {
        let codes: [UInt64]
        let keywords: [String]

        init(_ keywords: Set<String>) {
            let sorted = keywords.sorted()
            self.keywords = sorted
            self.codes = sorted.map(KeywordCode.code(of:))
        }

        /// The keyword with this code, if any.
        @inline(__always)
        func keyword(for code: UInt64) -> String? {
            for index in codes.indices where codes[index] == code { return keywords[index] }
            return nil
        }
    }
}

extension BlockContext {
    /// The keywords of this context by their codes (`KeywordCode`).
    var keywordTable: KeywordCode.Table {
        switch self {
        case .topLevel: Self.topLevelTable
        case .header: Self.headerTable
        case .scene: Self.sceneTable
        case .thing: Self.thingTable
        case .person: Self.personTable
        case .fact: Self.factTable
        case .response: Self.responseTable
        case .hint: Self.hintTable
        case .ending, .prose: Self.emptyTable
        }
    }

    // Made once, like the keyword sets.
    private static let topLevelTable = KeywordCode.Table(BlockContext.topLevel.keywords)
    private static let headerTable = KeywordCode.Table(BlockContext.header.keywords)
    private static let sceneTable = KeywordCode.Table(BlockContext.scene.keywords)
    private static let thingTable = KeywordCode.Table(BlockContext.thing.keywords)
    private static let personTable = KeywordCode.Table(BlockContext.person.keywords)
    private static let factTable = KeywordCode.Table(BlockContext.fact.keywords)
    private static let responseTable = KeywordCode.Table(BlockContext.response.keywords)
    private static let hintTable = KeywordCode.Table(BlockContext.hint.keywords)
    private static let emptyTable = KeywordCode.Table([])
}
