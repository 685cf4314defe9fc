import StoryModel

/// Plain spellings of the story's words with accented letters, which students type: `gunter` or
/// `guenter` for Günter, `bornholmer strasse` for Bornholmer Straße, `bosebrucke` for the
/// Bösebrücke. A blind author's Berlin story (session 27) had to list every plain spelling in every
/// noun, exit and topic by hand ("I don't know the word 'strasse'. Did you mean 'straße'?"), and
/// a plain spelling added as a noun took the word from a topic. The opposite way, a word typed
/// with accents that the story spells plain, is `CommandParser.plainSpelling(of:)`.
extension Vocabulary {
    /// German's own plain spellings of its letters: `ü` is `ue`, as a German keyboard-less writer
    /// types it; each is also read with the plain letter alone (`CommandParser.plainLetters`).
    private static let germanLetters: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"]

    /// For each plain spelling, the known word or word of a scene's prose it spells; the first
    /// word in alphabetical order when two share a spelling.
    static func accentedSpellings(known: Set<String>, scenes: [Scene]) -> [String: String] {
        var accented = Set(known.filter { !CommandParser.isASCII($0) })
        for scene in scenes {
            for text in [scene.description, scene.firstVisit, scene.revisit] {
                for word in words(in: text) where !CommandParser.isASCII(word) { accented.insert(word) }
            }
            // The places a player goes to by name: `go to kuhren` for the way "toward Kühren" (a
            // blind student, session 36), `go to gorzig` for Görzig.
            for name in [scene.title] + scene.exits.compactMap(\.summary) where !CommandParser.isASCII(name) {
                for word in Tokenizer.commands(in: name).joined() where !CommandParser.isASCII(word) { accented.insert(word) }
            }
        }
        var spellings: [String: String] = [:]
        for word in accented.sorted() {
            for plain in plainSpellings(of: word) where spellings[plain] == nil { spellings[plain] = word }
        }
        return spellings
    }

    /// `günter` → `gunter`, `guenter`; `straße` → `strasse`; the word's plain spellings, different
    /// from it.
    static func plainSpellings(of word: String) -> [String] {
        let plain = String(word.flatMap { CommandParser.plainLetters[$0] ?? String($0) })
        let german = String(word.flatMap { germanLetters[$0] ?? CommandParser.plainLetters[$0] ?? String($0) })
        return [plain, german].enumerated().compactMap { index, spelling in
            spelling == word || (index == 1 && spelling == plain) ? nil : spelling
        }
    }
}

extension CommandParser {
    /// The words with each plain spelling of a story word with accents read as that word (`x
    /// gunter` is `x günter`), when the word typed is not one the story knows (or, `evenKnown`,
    /// when it is: a place no way led to, `go to kuhren`); nil when none is.
    func withStoryAccents(_ words: [String], evenKnown: Bool = false) -> [String]? {
        let spellings = vocabulary.accentedSpellings
        guard !spellings.isEmpty else { return nil }
        var result: [String]?
        for (index, word) in words.enumerated() {
            guard let accented = spellings[word], evenKnown || !vocabulary.knows(word) else { continue }
            if result == nil { result = words }
            result?[index] = accented
        }
        return result
    }
}

extension ParseOutcome {
    /// True when the command failed on a word not known, or on a place no way leads to (`go to
    /// kuhren` for Kühren, a blind student, session 36): the failures a plain spelling of an
    /// accented word may be behind.
    var failedOnAWord: Bool {
        switch self {
        case .failure(.unknownWord), .failure(.noWayTo): true
        default: false
        }
    }

    /// True for `.noWayTo`.
    var isNoWay: Bool {
        if case .failure(.noWayTo) = self { return true }
        return false
    }
}
