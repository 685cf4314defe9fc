import CommandParser

/// Whether a reply speaks of someone as `him`, `her`, `he` or `she`: what `followConversation`
/// asks of every paragraph of every turn (most say none of them).
enum PronounMentions {
    static let pronouns = ["him", "her", "he", "she"]

    /// `Tokenizer.containsWord(of: pronouns, in: text)`, read on the bytes of ASCII text with the
    /// same words (letters, digits, `-`, `'`, `#`; `-` and `'` trimmed from their ends) and only
    /// words of two or three bytes compared; any other text is left to the tokenizer.
    ///
    /// Every pronoun has an `h` as its first or second letter, so only the words around an `h`
    /// are looked at, and eight bytes at a time are passed over while none is an `h` or above
    /// ASCII (a byte at a time, every reply cost 1,100 instructions a paragraph). The answer is
    /// the byte-by-byte reading's: the first pronoun that ends before any byte above ASCII
    /// (ended by a byte of ASCII that is no letter, or by the end of the text), or else the
    /// tokenizer's when there is such a byte.
    static func mentionsPronoun(_ text: String) -> Bool {
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let count = bytes.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = EightBytes.load(bytes, at: index)
                    // No byte above ASCII, and none that is `h` or `H` once its 0x20 bit is set.
                    if !EightBytes.hasNonASCII(word), !EightBytes.has(0x68, in: word | EightBytes.ones &* 0x20) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                if byte | 0x20 == 0x68 {
                    var start = index, end = index + 1
                    while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
                    while end < count, isWordByte(bytes[end]) { end += 1 }
                    // A word ended by a byte above ASCII: the byte-by-byte reading stops there.
                    if end < count, bytes[end] >= 0x80 { return nil }
                    if isPronoun(bytes, from: start, to: end) { return true }
                    index = end
                    continue
                }
                index += 1
            }
            return false
        }
        if let scanned, let found = scanned { return found }
        return Tokenizer.containsWord(of: pronouns, in: text)
    }

    /// A byte of a word: a letter, a digit, `-`, `'` or `#`.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x27, 0x23: true
        default: false
        }
    }

    /// True when the word's bytes, trimmed of `-` and `'`, are a pronoun in any case. Every byte
    /// of a word is a letter, a digit, `-`, `'` or `#`, so setting the 0x20 bit lowercases it.
    private static func isPronoun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var start = start, end = end
        while start < end, bytes[start] == 0x2D || bytes[start] == 0x27 { start += 1 }
        while end > start, bytes[end - 1] == 0x2D || bytes[end - 1] == 0x27 { end -= 1 }
        switch end - start {
        case 2:
            return bytes[start] | 0x20 == 0x68 && bytes[start + 1] | 0x20 == 0x65                       // he
        case 3:
            let first = bytes[start] | 0x20, second = bytes[start + 1] | 0x20, third = bytes[start + 2] | 0x20
            if first == 0x68 {
                return (second == 0x69 && third == 0x6D) || (second == 0x65 && third == 0x72)        // him, her
            }
            return first == 0x73 && second == 0x68 && third == 0x65                                  // she
        default:
            return false
        }
    }
}
