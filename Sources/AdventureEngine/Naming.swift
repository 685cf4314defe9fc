import StoryModel

/// How a thing is named in a sentence.
enum Article {
    case definite, indefinite, bare
}

extension Story {
    /// A thing's name with the right article: "the green flare", "an old ferryman", "some tulips", "Gordeyev".
    func name(of thing: ThingIndex, _ article: Article) -> String {
        // The name and the flag read in place: no copy of the whole `Thing`.
        let name = things[thing].name
        if things[thing].isProperName || article == .bare { return name }
        // A name of printable ASCII (each Character one byte) is read on its bytes: the engine
        // names every thing it lists, at every `look` and `inventory`.
        // On the contiguous bytes by offset where the name has them (Naming+Bytes.swift).
        let ascii = Self.isPrintableASCII(name) ?? name.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if ascii ? Self.bringsOwnArticle(asciiBytesOf: name) ?? Self.bringsOwnArticle(asciiName: name) : Self.bringsOwnArticle(name) {
            return name
        }
        switch article {
        case .definite: return "the " + name
        case .indefinite:
            // "some freed prisoners", never "a freed prisoners".
            if isPluralName(thing) { return "some " + name }
            let vowel = ascii ? Self.startsWithVowel(name) : name.first.map { "aeiouAEIOU".contains($0) } ?? false
            return (vowel ? "an " : "a ") + name
        case .bare: return name
        }
    }

    /// True when a name takes no article of ours: "Kotzebue's map", "Dr Snow's notebook" (a
    /// possessive after capitalised words only: "the Soviet soldier's rifle" keeps its article),
    /// never "the Kotzebue's map"; "your mother", "the man from the East office", a name that
    /// brings its own article or possessive ("You thank your mother."; "Your mother nods.").
    private static func bringsOwnArticle(_ name: String) -> Bool {
        // The first word, as `split(separator: " ").first` gives it, without splitting the rest.
        let first = name.drop { $0 == " " }.prefix { $0 != " " }
        for word in name.split(separator: " ").prefix(4) {
            guard word.first?.isUppercase == true else { break }
            if word.hasSuffix("'s") || word.hasSuffix("’s") { return true }
        }
        return determiners.contains(first.lowercased())
    }

    /// `bringsOwnArticle(_:)` for a name of printable ASCII, on its bytes (the same answer: each
    /// Character is one byte, and only `A`…`Z` are uppercase).
    private static func bringsOwnArticle(asciiName name: String) -> Bool {
        let bytes = name.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex, bytes[start] == 0x20 { start = bytes.index(after: start) }
        var end = start
        var length = 0
        while end < bytes.endIndex, bytes[end] != 0x20 { end = bytes.index(after: end); length += 1 }
        // Capitalised words up to a possessive, among the first four: "Dr Snow's notebook".
        var wordStart = start, wordEnd = end, wordLength = length, words = 0
        while words < 4, wordLength >= 1, bytes[wordStart] >= UInt8(ascii: "A"), bytes[wordStart] <= UInt8(ascii: "Z") {
            if wordLength >= 2, bytes[bytes.index(wordEnd, offsetBy: -1)] == UInt8(ascii: "s"),
               bytes[bytes.index(wordEnd, offsetBy: -2)] == UInt8(ascii: "'") { return true }
            words += 1
            wordStart = wordEnd
            while wordStart < bytes.endIndex, bytes[wordStart] == 0x20 { wordStart = bytes.index(after: wordStart) }
            wordEnd = wordStart
            wordLength = 0
            while wordEnd < bytes.endIndex, bytes[wordEnd] != 0x20 { wordEnd = bytes.index(after: wordEnd); wordLength += 1 }
        }
        // The longest determiner has five letters.
        return length >= 1 && length <= 5 && determiners.contains(name[start..<end].lowercased())
    }

    /// The words that make a name carry its own article: "the", "a", "an", "your", "my", ….
    static let determiners: Set<String> = ["the", "a", "an", "your", "my", "our", "his", "her", "their", "its",
                                           "this", "that", "these", "those", "some"]

    /// The name with its first letter capitalised, to start a sentence.
    func capitalizedName(of thing: ThingIndex, _ article: Article) -> String {
        let text = name(of: thing, article)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The name the game's own sentences use now: a person's `called "the woman" until …` name
    /// while the player has not been introduced, else their name.
    func name(of thing: ThingIndex, _ article: Article, in state: GameState) -> String {
        guard let stranger = things[thing].stranger, !state.holds(stranger.until) else { return name(of: thing, article) }
        let words = stranger.name.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2, ["the", "a", "an"].contains(words[0].lowercased()) else { return stranger.name }
        switch article {
        case .definite: return "the " + words[1]
        case .bare: return words[1]
        case .indefinite: return ("aeiouAEIOU".contains(words[1].prefix(1)) ? "an " : "a ") + words[1]
        }
    }

    /// `name(of:_:in:)` with its first letter capitalised, to start a sentence.
    func capitalizedName(of thing: ThingIndex, _ article: Article, in state: GameState) -> String {
        let text = name(of: thing, article, in: state)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "a, b and c".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }
}

extension Story {
    /// True when a thing's name is plural ("Soviet soldiers", "Soviet guests", "tulips"): its head
    /// noun, the last word before `of`, `with`, `in`, … ("pack of cigarettes" is one pack), ends in
    /// `s` and is not a proper name.
    func isPluralName(_ thing: ThingIndex) -> Bool {
        // Read on the name's UTF-8 bytes (a space is one byte), without an array of its words:
        // `ask`, `talk` and every verb that agrees with a person ask this per command.
        let name = things[thing].name
        if let plural = Self.isPluralName(bytesOf: name, properName: things[thing].isProperName) { return plural }
        // "McDonnell, Huff and Staub": several people by name.
        let bytes = name.utf8
        if things[thing].isProperName, Self.containsAnd(bytes) { return true }
        var head: Range<String.Index>? = nil
        var start = bytes.startIndex
        while start < bytes.endIndex {
            if bytes[start] == 0x20 { start = bytes.index(after: start); continue }
            var end = start
            while end < bytes.endIndex, bytes[end] != 0x20 { end = bytes.index(after: end) }
            if Self.endsHeadNoun(bytes[start..<end]) { break }
            head = start..<end
            start = end
        }
        guard let head else { return false }
        let word = bytes[head]
        // "people in the barn", "men of the patrol": plurals without an s (none of which ends in s).
        if Self.isPluralWithoutS(word) { return Self.startsLowercase(name[head]) }
        guard let last = word.last, last == UInt8(ascii: "s") else { return false }
        if word.count >= 2, word[word.index(word.endIndex, offsetBy: -2)] == UInt8(ascii: "s") { return false }
        return Self.startsLowercase(name[head])
    }

    /// `people`, `men`, `women`, `children`, `folk`: compared on the bytes, with no array of
    /// words made at each ask (the engine asks `isPluralName` for every person at start).
    private static func isPluralWithoutS(_ word: Substring.UTF8View) -> Bool {
        switch word.count {
        case 3: word.elementsEqual("men".utf8)
        case 4: word.elementsEqual("folk".utf8)
        case 5: word.elementsEqual("women".utf8)
        case 6: word.elementsEqual("people".utf8)
        case 8: word.elementsEqual("children".utf8)
        default: false
        }
    }

    /// `word.first?.isLowercase == true`: an ASCII letter standing alone as a Character is read
    /// on its byte (a Character's Unicode properties cost several hundred instructions).
    private static func startsLowercase(_ word: Substring) -> Bool {
        let bytes = word.utf8
        guard let first = bytes.first else { return false }
        if first < 0x80 {
            let next = bytes.index(after: bytes.startIndex)
            // An ASCII byte followed by another or by nothing is a Character of its own (but for
            // a carriage return before a line feed, which is no letter).
            if next == bytes.endIndex || bytes[next] < 0x80 { return first >= 0x61 && first <= 0x7A }
        }
        return word.first?.isLowercase == true
    }

    /// True when the bytes hold ` and `: read in place, since Foundation's `contains` searches
    /// through an `NSString` and the generic `firstRange(of:)` is slower still, and the engine asks
    /// `isPluralName` for every person at start. One function for a name's UTF-8 view and its
    /// buffer (Naming+Bytes.swift), specialised for each.
    static func containsAnd<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var matched = 0
        for byte in bytes {
            switch (matched, byte) {
            case (0, 0x20), (1, 0x61), (2, 0x6E), (3, 0x64): matched += 1
            case (4, 0x20): return true
            default: matched = byte == 0x20 ? 1 : 0
            }
        }
        return false
    }

    /// `of`, `with`, `in`, … : the words after which a name's head noun is over.
    private static func endsHeadNoun(_ word: Substring.UTF8View) -> Bool {
        switch word.count {
        case 2: word.elementsEqual("of".utf8) || word.elementsEqual("in".utf8) || word.elementsEqual("on".utf8)
            || word.elementsEqual("at".utf8) || word.elementsEqual("by".utf8)
        case 3: word.elementsEqual("for".utf8)
        case 4: word.elementsEqual("with".utf8) || word.elementsEqual("from".utf8)
        default: false
        }
    }

    /// The verb form that agrees with a thing's name: `agree(soldiers, "doesn't")` is "don't".
    func agree(_ thing: ThingIndex, _ singular: String) -> String {
        guard isPluralName(thing) else { return singular }
        switch singular {
        case "doesn't": return "don't"
        case "isn't": return "aren't"
        case "is": return "are"
        case "was": return "were"
        case "has": return "have"
        case "does": return "do"
        default: return singular.hasSuffix("s") ? String(singular.dropLast()) : singular
        }
    }
}
