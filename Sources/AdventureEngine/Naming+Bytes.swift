import StoryModel

// `name(of:_:)` and `isPluralName` on a name's contiguous UTF-8 bytes, by offset. Walked through
// `String.UTF8View`'s indices they cost about 3,500 instructions a name (`isPluralName` 1,780 of
// them, the ASCII test, the article's and the vowel's looks about 350 each), and the engine names
// every thing it lists at each `look`, arrival and `inventory` (docs/performance.md, "Per command,
// seventeenth round"). The same answers: a name not stored contiguously (none the compiler makes)
// takes the index-based readings in Naming.swift.
extension Story {
    /// True when every byte is printable ASCII (each Character one byte); nil when the name is
    /// not stored contiguously.
    static func isPrintableASCII(_ name: String) -> Bool? {
        name.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
            return true
        }
    }

    /// True when the first byte is a vowel, `aeiouAEIOU`.
    static func startsWithVowel(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return false }
        switch first {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x41, 0x45, 0x49, 0x4F, 0x55: return true
        default: return false
        }
    }

    /// `bringsOwnArticle(asciiName:)` on the bytes; nil when the name is not stored contiguously.
    static func bringsOwnArticle(asciiBytesOf name: String) -> Bool? {
        name.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            var start = 0
            while start < count, bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < count, bytes[end] != 0x20 { end += 1 }
            // Capitalised words up to a possessive, among the first four: "Dr Snow's notebook".
            var wordStart = start, wordEnd = end, words = 0
            while words < 4, wordEnd > wordStart, bytes[wordStart] >= 0x41, bytes[wordStart] <= 0x5A {
                if wordEnd - wordStart >= 2, bytes[wordEnd - 1] == 0x73, bytes[wordEnd - 2] == 0x27 { return true }
                words += 1
                wordStart = wordEnd
                while wordStart < count, bytes[wordStart] == 0x20 { wordStart += 1 }
                wordEnd = wordStart
                while wordEnd < count, bytes[wordEnd] != 0x20 { wordEnd += 1 }
            }
            // The longest determiner has five letters.
            let length = end - start
            guard length >= 1, length <= 5 else { return false }
            return determiners.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased())
        }
    }

    /// `isPluralName` on the bytes; nil when the name is not stored contiguously.
    static func isPluralName(bytesOf name: String, properName: Bool) -> Bool? {
        name.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // "McDonnell, Huff and Staub": several people by name.
            if properName, containsAnd(bytes) { return true }
            let count = bytes.count
            var head = 0..<0
            var start = 0
            while start < count {
                if bytes[start] == 0x20 { start += 1; continue }
                var end = start
                while end < count, bytes[end] != 0x20 { end += 1 }
                if endsHeadNoun(bytes, start..<end) { break }
                head = start..<end
                start = end
            }
            guard !head.isEmpty else { return false }
            // "people in the barn", "men of the patrol": plurals without an s (none of which ends in s).
            if isPluralWithoutS(bytes, head) { return startsLowercase(bytes, head, of: name) }
            guard bytes[head.upperBound - 1] == 0x73 else { return false }
            if head.count >= 2, bytes[head.upperBound - 2] == 0x73 { return false }
            return startsLowercase(bytes, head, of: name)
        }
    }

    /// True when the bytes in `range` are those of `word`.
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != word.utf8Start[offset] { return false }
        return true
    }

    private static func isPluralWithoutS(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        equals(bytes, word, "men") || equals(bytes, word, "folk") || equals(bytes, word, "women")
            || equals(bytes, word, "people") || equals(bytes, word, "children")
    }

    private static func endsHeadNoun(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        switch word.count {
        case 2: equals(bytes, word, "of") || equals(bytes, word, "in") || equals(bytes, word, "on")
            || equals(bytes, word, "at") || equals(bytes, word, "by")
        case 3: equals(bytes, word, "for")
        case 4: equals(bytes, word, "with") || equals(bytes, word, "from")
        default: false
        }
    }

    /// The word's first Character is lowercase: an ASCII byte followed by another or by the word's
    /// end is read on its byte, anything else as a Character of the name.
    private static func startsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, of name: String) -> Bool {
        let first = bytes[word.lowerBound]
        if first < 0x80, word.count == 1 || bytes[word.lowerBound + 1] < 0x80 { return first >= 0x61 && first <= 0x7A }
        let utf8 = name.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: word.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: word.upperBound)
        return name[start..<end].first?.isLowercase == true
    }
}
