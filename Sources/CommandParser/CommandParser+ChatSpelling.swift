import StoryModel

/// Chat spelling students type: `where r u from`, `whats ur name`, `thx`, `pls look`, and a typo
/// in the `about` of `ask ferris abut the russians`. Each word is read as the words it stands
/// for before the command is parsed, unless the story uses it as a noun or a verb of its own; a
/// one-letter word is left alone at the start or after a verb of moving (`u`, `go u` are up).
extension CommandParser {
    static let chatSpellings: WordTable<[String]> = [
        "r": ["are"], "u": ["you"], "ya": ["you"], "yu": ["you"], "ur": ["your"], "yr": ["your"], "urself": ["yourself"],
        "pls": ["please"], "plz": ["please"], "plez": ["please"], "thx": ["thanks"], "thanx": ["thanks"],
        "thnx": ["thanks"], "tnx": ["thanks"], "ty": ["thanks"], "tyvm": ["thanks"], "hes": ["he", "is"],
        "shes": ["she", "is"], "whos": ["who", "is"], "wanna": ["want", "to"], "gonna": ["going", "to"],
        "cn": ["can"], "wht": ["what"], "wat": ["what"], "wher": ["where"], "whr": ["where"],
        "wats": ["whats"], "wut": ["what"], "wuts": ["whats"], "msg": ["message"],
        // `take a selfie` (the sixty-sixth blind run: "I don't know the word 'selfie'").
        "selfie": ["photo"], "selfies": ["photos"],
        // `brennan sry`: an apology (the forty-eighth blind run had "Help with what, Sparks?").
        "sry": ["sorry"], "srry": ["sorry"], "soz": ["sorry"],
        // `give cigs to brennan`: slang for cigarettes (`smokes` only after a verb: `smoke` may be one).
        // `lite the lantern` (a blind author's players, session 39: "Did you mean 'lie' or 'bite'?").
        "lite": ["light"],
        "cigs": ["cigarettes"], "ciggies": ["cigarettes"], "ciggy": ["cigarette"], "cig": ["cigarette"], "smokes": ["cigarettes"],
    ]

    /// The words with chat spellings read as the words they stand for; nil when there are none.
    /// The verbs before a person and `about`.
    private static let askingVerbs: WordSet = ["ask", "tell", "question"]

    func withoutChatSpelling(_ words: [String]) -> [String]? {
        // Made at the first word that changes: most commands have none.
        var result: [String]?
        // `ask ferris abut the russians`: asked once, not of each word after the second.
        let asksAbout = words.count >= 3 && Self.askingVerbs.contains(words[0]) && !words.contains("about")
        for (index, word) in words.enumerated() {
            var meaning: [String]?
            // Asked once a word (twice, it was a tenth of this reading: "Per command, fourteenth round").
            let mayStandForOthers = Self.maySpellOtherWords(word)
            // `thats`, `i'm`, `teh`, `lt` too (CommandParser+Normalising.swift).
            if mayStandForOthers, let sloppy = sloppyChatMeaning(of: word, at: index, in: words) {
                // `ppl`, `gimme`, `paddle w rifles`, `y r u`, `go 2 the bridge` (CommandParser+SloppyChatSpelling.swift).
                meaning = sloppy
            } else if mayStandForOthers, let spelled = Self.chatSpellings[word] ?? normalForm(of: word, at: index, in: words), !isStoryWord(word),
               // `u` first, or after a verb of moving (`go u`), is up.
               !(word.count == 1 && (index == 0 || (index == 1 && Self.movingVerbs.contains(words[0])))) || isChatOpening(words, at: index),
               // `wat` alone is `wait`'s typo (the suggestions say so); in a question it is `what`.
               !(word == "wat" && words.count == 1), !(word == "smokes" && index == 0) {
                meaning = spelled
            } else if index >= 2, asksAbout, word.count >= 3, !vocabulary.knows(word), EditDistance.distance(word, "about") <= 2,
                      word.first == "a" || word.first == "b" {
                // `ask ferris abut the russians`, `ask him abotu the bridge`.
                meaning = ["about"]
            } else if let plain = plainSpelling(of: word) {
                // `cześć` for the story's `czesc` (CommandParser+Diacritics.swift).
                meaning = [plain]
            }
            if let meaning {
                if result == nil {
                    result = Array(words[..<index])
                    result?.reserveCapacity(words.count + 2)
                }
                result? += meaning
            } else {
                result?.append(word)
            }
        }
        return result
    }

    /// False for a word that is no chat spelling, no normal form (`CommandParser+Normalising.swift`)
    /// and not `its`, told by its length and first two bytes (`spellingShapes`) without hashing it.
    static func maySpellOtherWords(_ word: String) -> Bool {
        // A small ASCII word, nearly every word typed: its first two bytes and its length read
        // from the string's own two words (`WordNumbers.smallASCII`; the bytes after the last are
        // zeros), where the `UTF8View`'s iterator cost about 110 instructions a word
        // (docs/performance.md, "Per command, seventeenth round").
        if WordNumbers.layoutIsKnown, let (low, high) = WordNumbers.smallASCII(word) {
            let count = Int(truncatingIfNeeded: (high >> 56) & 0x0F)
            guard count > 0 else { return true }
            let first = Int(truncatingIfNeeded: low & 0x7F), second = Int(truncatingIfNeeded: (low >> 8) & 0x7F)
            return spellingShapes[first << 7 | second] & (1 << UInt32(count)) != 0
        }
        let utf8 = word.utf8
        var bytes = utf8.makeIterator()
        guard let first = bytes.next(), first < 128, utf8.count < 32 else { return true }
        let second = bytes.next() ?? 0
        guard second < 128 else { return true }
        return spellingShapes[Int(first) << 7 | Int(second)] & (1 << UInt32(utf8.count)) != 0
    }

    /// For the first two bytes of each chat spelling, normal form and `its`/`it's` (a missing
    /// second byte counts as 0), the bit of its length in bytes. Words that start with a byte
    /// beyond ASCII or are 32 bytes or longer are never passed over, so they need no entry.
    private static let spellingShapes: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 128 * 128)
        for word in Array(chatSpellings.keys) + Array(normalForms.keys) + Array(sloppyChatSpellings.keys) + sloppyLetters + ["its", "it's"] {
            // The first two bytes read in place, not an array of each word's bytes: the table is
            // made at the first command, which start-up includes (docs/performance.md, "Per
            // command, fifteenth round").
            let utf8 = word.utf8, count = utf8.count
            guard let first = utf8.first, count < 32, first < 128 else { continue }
            let second = count > 1 ? utf8[utf8.index(after: utf8.startIndex)] : 0
            guard second < 128 else { continue }
            table[Int(first) << 7 | Int(second)] |= 1 << UInt32(count)
        }
        return table
    }()

    /// `r u ok`, `u alright`: a one-letter chat word at the start of a question (thirteenth blind
    /// play-test), where `r` or `u` alone would be a command.
    func isChatOpening(_ words: [String], at index: Int) -> Bool {
        guard index == 0, words.count >= 2 else { return false }
        if words[0] == "r" { return ["u", "you", "ya", "they", "we", "he", "she", "there", "the"].contains(words[1]) }
        guard words[0] == "u" else { return false }
        if Self.wellbeingWords.contains(words[1]) || ["there", "from", "sure", "ready", "alright"].contains(words[1]) { return true }
        // `u seem sad`, `u r sad`, `u look tired`: `u` then a word that cannot follow `up` (no
        // noun of the story, article, direction or joining word) is `you` (the thirty-second blind run).
        let followsUp: Set<String> = ["the", "a", "an", "to", "and", "then", "again", "here", "stairs", "steps", "hill"]
        return !followsUp.contains(words[1]) && Direction.typed(words[1]) == nil && !Self.movingGlue.contains(words[1])
            && !isStoryNoun(words[1])
    }

    /// True for a word the story uses in the name of a thing.
    private func isStoryNoun(_ word: String) -> Bool {
        vocabulary.things(answering: word) != nil
    }

    /// True for a word the story uses as the name of a thing or the verb of an action.
    private func isStoryWord(_ word: String) -> Bool {
        vocabulary.things(answering: word) != nil || vocabulary.actionsByVerb[word] != nil
    }
}
