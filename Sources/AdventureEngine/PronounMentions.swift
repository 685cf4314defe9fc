import CommandParser

/// Whether a reply speaks of someone as `him`, `her`, `he` or `she`: what `followConversation`
/// asks of every paragraph of every turn (most say none of them).
enum PronounMentions {
    static let pronouns = ["him", "her", "he", "she"]

    /// `Tokenizer.containsWord(of: pronouns, in: text)`, read on the bytes of ASCII text with the
    /// same words (letters, digits, `-`, `'`, `#`; `-` and `'` trimmed from their ends) and only
    /// words of two or three bytes compared; any other text is left to the tokenizer.
    static func mentionsPronoun(_ text: String) -> Bool {
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var wordStart = -1
            for position in 0...bytes.count {
                let byte: UInt8 = position < bytes.count ? bytes[position] : 0x20
                switch byte {
                case 0x80...: return nil
                case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x27, 0x23:
                    if wordStart < 0 { wordStart = position }
                default:
                    if wordStart >= 0, isPronoun(bytes, from: wordStart, to: position) { return true }
                    wordStart = -1
                }
            }
            return false
        }
        if let scanned, let found = scanned { return found }
        return Tokenizer.containsWord(of: pronouns, in: text)
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
