/// One numbering shared by the fixed words that the readings tried for every command ask of its
/// first, second or last word, or of any of its words, before they read it (`CommandParser.reading`,
/// `readingWithoutGrudge`): a command's words are looked up once (`CommandWords`), and each of
/// those questions is then one bit of a `WordMask` rather than a look-up of the word in the set's
/// own table (docs/performance.md, "Per command, sixteenth round").
///
/// A mask holds the words of a reading's own gate, so that the reading is not called for a
/// command its gate turns away; the reading still asks its gate itself. At most
/// `WordMask.capacity - 1` words (`LexiconTests`).
final class Lexicon: Sendable {
    static let shared = Lexicon()

    /// The numbers of the words of every mask below (1, 2, …; 0 for any other word).
    let numbers: WordNumbers

    /// `withoutIntensifiers`: the first word.
    let strengthenedOpenings: WordMask
    /// `afterPoliteOpening`: the first word.
    let politeOpenings: WordMask
    /// `grudgingOpening`: the first word.
    let grudgingOpenings: WordMask
    /// `goingWith`: any word.
    let goingWith: WordMask
    /// `storyActionSuggested`: the first word.
    let suggestionStarts: WordMask
    /// `interjectedAnswer`: the first word of one (agreement) or of two (an interjection).
    let agreementWords: WordMask
    let answerInterjections: WordMask
    /// `comradeGreeting`: the only word.
    let comradeWords: WordMask
    /// `refusalFirst`: the first word.
    let refusalSubjects: WordMask
    /// `helpingThem`: the first word.
    let help: WordMask
    /// `tunedTo`: the first word.
    let tuningVerbs: WordMask
    /// The plan asked for `today`: the last word.
    let timeWords: WordMask
    /// `tellMeAsAsking`: the first word.
    let tell: WordMask
    /// `closingFormOfAddress`: the last word.
    let formsOfAddress: WordMask
    /// `withoutAddressWord`: the last word.
    let addressWords: WordMask
    /// `storyReadingOfSentence`: the first word.
    let sentenceSubjects: WordMask
    /// `nameOfSomeoneElse`: any word.
    let name: WordMask
    /// `laughingAt`: the first word.
    let laughs: WordMask
    /// `afterHail`: the first word and the second.
    let greetingWords: WordMask
    let hailWords: WordMask
    /// `cancelling`: any word.
    let cancelling: WordMask
    /// `whatOrWhereReading`: the first word, for each of its readings but one (`what`, `where`,
    /// `is` and their spellings; an article or `?`, which it passes over to find the first word).
    let whatOrWhereOpenings: WordMask
    /// `whatOrWhereReading`'s remaining reading, `withoutDescribingWords`: any word.
    let describingWords: WordMask
    /// `reacting` (`CommandParser.mayReact`): any word, or the first and the second of a wish.
    let reactingWords: WordMask
    let wishFirstWords: WordMask
    let wishSecondWords: WordMask

    private init() {
        let sets: [WordSet] = [
            CommandParser.possibleOpenings, ["excuse", "pardon"], CommandParser.grudgingWords, CommandParser.chatFillers,
            ["with", "w"], CommandParser.suggestionStarts, CommandParser.agreementWords, CommandParser.answerInterjections,
            CommandParser.comradeWords, ["i", "im", "i'm", "sorry", "we"], ["help"], CommandParser.tuningVerbs,
            Rephrasings.timeWords, ["tell"], WordSet(Set(CommandParser.formsOfAddress.keys)), CommandParser.addressWords,
            CommandParser.sentenceSubjects, ["name"], CommandParser.laughs, CommandParser.greetingWords, CommandParser.hailWords,
            CommandParser.cancellingStarts, CommandParser.whatOrWhereOpenings, Vocabulary.articles, CommandParser.describingWords,
            CommandParser.reactingWords, CommandParser.wishFirstWords, CommandParser.wishSecondWords,
        ]
        let numbers = WordNumbers(sets.lazy.flatMap { $0.words })
        self.numbers = numbers
        func mask(_ set: WordSet) -> WordMask {
            var mask = WordMask()
            for word in set.words { mask.insert(numbers.number(of: word)) }
            return mask
        }
        strengthenedOpenings = mask(sets[0])
        politeOpenings = mask(sets[1])
        grudgingOpenings = mask(sets[2]).union(mask(sets[3]))
        goingWith = mask(sets[4])
        suggestionStarts = mask(sets[5])
        agreementWords = mask(sets[6])
        answerInterjections = mask(sets[7])
        comradeWords = mask(sets[8])
        refusalSubjects = mask(sets[9])
        help = mask(sets[10])
        tuningVerbs = mask(sets[11])
        timeWords = mask(sets[12])
        tell = mask(sets[13])
        formsOfAddress = mask(sets[14])
        addressWords = mask(sets[15])
        sentenceSubjects = mask(sets[16])
        name = mask(sets[17])
        laughs = mask(sets[18])
        greetingWords = mask(sets[19])
        hailWords = mask(sets[20])
        cancelling = mask(sets[21])
        whatOrWhereOpenings = mask(sets[22]).union(mask(sets[23]))
        describingWords = mask(sets[24])
        reactingWords = mask(sets[25])
        wishFirstWords = mask(sets[26])
        wishSecondWords = mask(sets[27])
    }
}

/// Some of the lexicon's words as bits of their numbers (`Lexicon`): asking it about a word's
/// number is a shift and an `&`. Held inline (no reference to count), up to 511 words.
struct WordMask: Sendable, Equatable {
    static let capacity = 512
    private var bits = SIMD8<UInt64>(repeating: 0)

    /// Sets the bit of the number (0, any word outside the lexicon, is never among the words).
    mutating func insert(_ number: Int32) {
        guard number > 0, Int(number) < Self.capacity else { return }
        bits[Int(number) >> 6] |= 1 << UInt64(number & 63)
    }

    /// True when the word with this number is one of the mask's.
    @inline(__always)
    func contains(_ number: Int32) -> Bool {
        guard number > 0, Int(number) < Self.capacity else { return false }
        return bits[Int(number) >> 6] & (1 << UInt64(number & 63)) != 0
    }

    /// True when some word of `other` is one of the mask's.
    @inline(__always)
    func intersects(_ other: WordMask) -> Bool {
        (bits & other.bits) != SIMD8(repeating: 0)
    }

    /// The words of both masks.
    func union(_ other: WordMask) -> WordMask {
        var union = self
        union.bits |= other.bits
        return union
    }
}

/// The lexicon's numbers of a command's words (`Lexicon`), found once for the words a reading is
/// handed: the first, the second and the last word's, and which of the lexicon's words it holds
/// anywhere. Handed on only with those very words.
struct CommandWords {
    let count: Int
    let first: Int32
    let second: Int32
    let last: Int32
    /// The lexicon's words among the command's.
    let present: WordMask

    init(_ words: [String], lexicon: Lexicon) {
        var present = WordMask()
        var first: Int32 = 0, second: Int32 = 0, last: Int32 = 0
        for (index, word) in words.enumerated() {
            let number = lexicon.numbers.number(of: word)
            present.insert(number)
            if index == 0 { first = number } else if index == 1 { second = number }
            last = number
        }
        count = words.count
        self.first = first
        self.second = second
        self.last = last
        self.present = present
    }
}
