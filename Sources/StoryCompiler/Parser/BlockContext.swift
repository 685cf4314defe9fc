/// The kinds of block a line can be in, each with the keywords that start instructions there.
enum BlockContext: CaseIterable, Sendable {
    case topLevel, header, scene, thing, person, fact, ending, response, hint, prose

    var keywords: Set<String> {
        switch self {
        case .topLevel: Self.topLevelKeywords
        case .header: Self.headerKeywords
        case .scene: Self.sceneKeywords
        case .thing: Self.thingKeywords
        case .person: Self.personKeywords
        case .fact: Self.factKeywords
        case .ending: []
        case .response: Self.responseKeywords
        case .hint: Self.hintKeywords
        case .prose: []
        }
    }

    // Made once: `keywords` is asked for every line of every story.
    private static let topLevelKeywords: Set<String> = ["story", "scene", "thing", "person", "fact", "ending", "on", "include", "flag", "counter", "understand", "maximum"]
    private static let headerKeywords: Set<String> = ["id", "by", "version", "start", "introduction", "credits", "maximum"]
    private static let sceneKeywords: Set<String> = ["when", "where", "fact", "hint", "first", "revisit", "exit", "thing", "person", "on", "dark", "after"]
    private static let thingKeywords: Set<String> = ["nouns", "adjectives", "fixed", "portable", "wearable", "starts", "here", "read", "scenery", "container",
                                                     "supporter", "openable", "open", "closed", "locked", "light"]
    private static let personKeywords: Set<String> = ["nouns", "adjectives", "starts", "here", "talk", "about", "called"]
    private static let factKeywords: Set<String> = ["date", "place", "source", "summary", "confidence"]
    private static let responseKeywords: Set<String> = ["only", "say", "set", "clear", "add", "subtract", "give", "move", "remove", "unlock", "go", "end", "if", "else", "award",
                                                        "continue", "one"]
    private static let hintKeywords: Set<String> = ["only"]

    /// How an author would name a block of this kind in a message.
    var noun: String {
        switch self {
        case .topLevel: "the top level of the file"
        case .header: "the story header"
        case .scene: "a scene"
        case .thing: "a thing"
        case .person: "a person"
        case .fact: "a fact"
        case .ending: "an ending"
        case .response: "an action or topic"
        case .hint: "a hint"
        case .prose: "a block of text"
        }
    }

    /// Every keyword of every context.
    static let allKeywords: Set<String> = allCases.reduce(into: []) { $0.formUnion($1.keywords) }

    /// Every kind of block where a keyword starts an instruction (`fact`: the top level and a
    /// scene), at most two, for a message about a misplaced one.
    static func homes(of keyword: String) -> [BlockContext] {
        Array([BlockContext.topLevel, .scene, .thing, .person, .response, .fact, .header].filter { $0.keywords.contains(keyword) }.prefix(2))
    }
}

/// What a line is, in its block.
enum LineKind: Equatable {
    /// An instruction starting with this keyword.
    case instruction(String)
    /// Prose; `escaped` when it started with a backslash.
    case prose(escaped: Bool)
}

extension Line {
    /// The leading run of lowercase ASCII letters: a keyword candidate.
    var firstWord: Substring {
        // The usual case, decided on the UTF-8 bytes: lowercase ASCII letters, then nothing, a
        // space, a tab, a colon or a straight quote. Anything beyond ASCII (a curly quote, a
        // combining mark that could join a letter) is decided on Characters below.
        let utf8 = text.utf8
        // The same decision on the contiguous bytes (nil: undecided, -1: no word).
        let cut = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var end = 0
            while end < bytes.count, bytes[end] >= 0x61, bytes[end] <= 0x7A { end += 1 }
            if end == bytes.count { return end }
            guard bytes[end] < 0x80, end + 1 == bytes.count || bytes[end + 1] < 0x80 else { return nil }
            let byte = bytes[end]
            return byte == 0x20 || byte == 0x09 || byte == 0x3A || byte == 0x22 ? end : -1
        }
        if let cut = cut ?? nil {
            if cut < 0 { return "" }
            return cut == utf8.count ? text[...] : text[..<utf8.index(text.startIndex, offsetBy: cut)]
        }
        var end = utf8.startIndex
        while end < utf8.endIndex, (0x61...0x7A).contains(utf8[end]) { utf8.formIndex(after: &end) }
        if end == utf8.endIndex { return text[...] }
        let afterEnd = utf8.index(after: end)
        if utf8[end] < 0x80, afterEnd == utf8.endIndex || utf8[afterEnd] < 0x80 {
            return [0x20, 0x09, 0x3A, 0x22].contains(utf8[end]) ? text[..<end] : ""
        }
        let word = text.prefix(while: { $0.isASCII && $0.isLowercase && $0.isLetter })
        let after = text.dropFirst(word.count).first
        guard after == nil || after == " " || after == "\t" || after == ":" || after == "\"" || after == "“" else { return "" }
        return word
    }

    func kind(in context: BlockContext) -> LineKind {
        kind(in: context, keywords: context.keywordTable)
    }

    /// `kind(in:)` with the context's keyword table looked up once for a whole block
    /// (`Parser.items`), not once a line.
    func kind(in context: BlockContext, keywords table: KeywordCode.Table) -> LineKind {
        // The usual case, as `LineReader` read it on the bytes (`lead`), or as it is read on them
        // here for a line made otherwise.
        var lead = self.lead
        if lead == Self.undecidedLead {
            var content = text
            lead = content.withUTF8 { Self.leadOfBytes($0) }
        }
        switch lead {
        case Self.escapedLead: return .prose(escaped: true)
        case Self.proseLead: return .prose(escaped: false)
        case Self.undecidedLead: break
        default: return table.keyword(for: UInt64(lead)).map { .instruction($0) } ?? .prose(escaped: false)
        }
        if startsWithBackslash { return .prose(escaped: true) }
        let word = firstWord
        if !word.isEmpty {
            let keyword = String(word)
            if context.keywords.contains(keyword) { return .instruction(keyword) }
        }
        return .prose(escaped: false)
    }

    /// A line's content starts with a backslash that is a Character of its own: prose.
    static let escapedLead: Int64 = -2
    /// Not decided on the bytes (a byte beyond ASCII next to the backslash or the word's end).
    static let undecidedLead: Int64 = -1
    /// No keyword can start it (no leading lowercase word of at most `KeywordCode.maximumLength`
    /// letters ending at a space, tab, colon, straight quote or the end): prose in any block.
    static let proseLead: Int64 = 0

    /// How a line's content starts, decided on its bytes as `startsWithBackslash` and
    /// `firstWord` decide it: the code of its leading lowercase letters (`KeywordCode`, above
    /// zero) when a keyword could be there, or one of the leads above. Read once, where the line
    /// is cut (docs/performance.md, "Compile, seventeenth round").
    static func leadOfBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64 {
        if bytes.first == 0x5C { return bytes.count == 1 || bytes[1] < 0x80 ? escapedLead : undecidedLead }
        var end = 0
        while end < bytes.count, bytes[end] >= 0x61, bytes[end] <= 0x7A { end += 1 }
        if end < bytes.count {
            guard bytes[end] < 0x80, end + 1 == bytes.count || bytes[end + 1] < 0x80 else { return undecidedLead }
            let byte = bytes[end]
            guard byte == 0x20 || byte == 0x09 || byte == 0x3A || byte == 0x22 else { return proseLead }
        }
        guard end > 0, end <= KeywordCode.maximumLength else { return proseLead }
        return Int64(KeywordCode.code(bytes, count: end))
    }

    /// True when the first Character is a backslash: decided on the first byte unless a byte
    /// beyond ASCII follows it (a combining mark would make it another Character).
    var startsWithBackslash: Bool {
        let utf8 = text.utf8
        guard utf8.first == 0x5C else { return false }
        let second = utf8.index(after: utf8.startIndex)
        if second == utf8.endIndex || utf8[second] < 0x80 { return true }
        return text.first == "\\"
    }
}
