/// `==` for the parser's words, in its gates that compare a typed word with a few literals on
/// every command (`first == "what" || first == "whats"`, `["where", "wheres"].contains(first)`).
///
/// Nearly every typed word and every literal is a small ASCII string, which equals another
/// string exactly when their sixteen bytes are the same (`WordNumbers`). The standard library's
/// `==` compares those bytes inline too, but for two that differ calls its general comparison,
/// about 30 instructions (3.6 M over the N = 600 walkthrough, `_stringCompareWithSmolCheck`);
/// and an array literal of the words to compare with is built and freed at each call. Here two
/// small ASCII strings that differ are told apart inline; any other pair is compared with `==`
/// (docs/performance.md, "Per command, seventeenth round").
extension String {
    /// True when the two are the same word: as `self == word`.
    @inline(__always)
    func isWord(_ word: String) -> Bool {
        let (low, high) = unsafeBitCast(self, to: (UInt64, UInt64).self)
        let (wordLow, wordHigh) = unsafeBitCast(word, to: (UInt64, UInt64).self)
        if low == wordLow, high == wordHigh { return true }
        if high >> 60 == 0xE, wordHigh >> 60 == 0xE, WordNumbers.layoutIsKnown { return false }
        return self == word
    }

    /// True when this is one of the words: as `[first, second, …].contains(self)`, without the array.
    @inline(__always)
    func isWord(_ first: String, _ second: String) -> Bool {
        isWord(first) || isWord(second)
    }

    @inline(__always)
    func isWord(_ first: String, _ second: String, _ third: String) -> Bool {
        isWord(first) || isWord(second) || isWord(third)
    }

    @inline(__always)
    func isWord(_ first: String, _ second: String, _ third: String, _ fourth: String) -> Bool {
        isWord(first) || isWord(second) || isWord(third) || isWord(fourth)
    }
}

extension Optional where Wrapped == String {
    /// `self == word` for an optional word (`words.first == "wave"`).
    @inline(__always)
    func isWord(_ word: String) -> Bool {
        switch self {
        case .some(let typed): typed.isWord(word)
        case .none: false
        }
    }
}
