import StoryModel

/// A fixed set of words, each known by its number (its place in `words`), looked up on the bytes
/// of a text without making a `String` of the word: for the noun rules, which read every word of
/// every text for the few that name a thing (`NounScope`; docs/performance.md, "Compile,
/// fourteenth round").
///
/// An open-addressing table keyed by an FNV-1a hash of the bytes, computed as a text is scanned.
/// A class, so the closure that visits a text's literals holds one reference, not its four arrays.
final class WordNumbers: Sendable {
    /// The words, by number.
    let words: [String]
    /// Every word's bytes, one after another; word `n` ends at `ends[n]`.
    private let bytes: [UInt8]
    private let ends: [Int]
    /// For each slot, the number of the word there plus one, or 0 when empty.
    private let slots: [Int32]
    private let mask: Int
    /// A sieve of the words' first bytes and lengths: bit `min(length, 63)` of entry `first & 0x1F`
    /// is set for each word. A word of a text is hashed and looked up only when its bit is set, so
    /// the scan of a text hashes only the few words that may be in the table (docs/performance.md,
    /// "Compile, sixteenth round"). A capital and its small letter share an entry, as do some
    /// other bytes: the sieve lets through more than the table holds, never less.
    private let sieve: [UInt64]

    init(_ words: [String]) {
        self.words = words
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(words.count)
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        var sieve = [UInt64](repeating: 0, count: 32)
        for (number, word) in words.enumerated() {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            ends.append(bytes.count)
            if let first = word.utf8.first { sieve[Self.sieveEntry(first)] |= Self.sieveBit(word.utf8.count) }
            var hash = Self.seed
            for byte in bytes[start...] { hash = Self.mix(hash, byte) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
        self.bytes = bytes
        self.ends = ends
        self.slots = slots
        self.mask = mask
        self.sieve = sieve
    }

    @inline(__always)
    static func sieveEntry(_ first: UInt8) -> Int { Int(first & 0x1F) }

    /// A letter (A–Z, a–z: exactly the bytes whose lowercase, bit 5 set, is a–z), `-` or `'`.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || byte == 0x2D || byte == 0x27
    }

    @inline(__always)
    static func sieveBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    /// The number of the word whose bytes are `word[range]`, hashed to `hash` (`mix` over the
    /// bytes, ASCII capitals lowered first when `folding`), or nil when it is none of the words.
    @inline(__always)
    func number(hash: UInt64, of word: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folding: Bool) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let number = Int(entry) - 1
                let end = ends[number], start = number == 0 ? 0 : ends[number - 1]
                if end - start == range.count {
                    var same = true
                    var offset = 0
                    while offset < range.count {
                        var byte = word[range.lowerBound + offset]
                        if folding, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
                        if byte != stored[start + offset] { same = false; break }
                        offset += 1
                    }
                    if same { return Int32(number) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The number of a word, or nil when it is none of the words.
    func number(of word: String) -> Int32? {
        var word = word
        return word.withUTF8 { bytes in
            var hash = Self.seed
            for byte in bytes { hash = Self.mix(hash, byte) }
            return number(hash: hash, of: bytes, 0..<bytes.count, folding: false)
        }
    }

    /// Appends the numbers of the words of a text that are in the table, in order: the runs of
    /// letters, `-` and `'` (the words of `StoryWalk.words(in:)`), lowercased first when `folding`.
    /// With `lowercaseOnly`, only the words written with a lowercase first letter count (a
    /// capitalised word is a name or a title: `ReplyNounRule`).
    ///
    /// ASCII text is read on its bytes, each word hashed as it is met; other text is split into
    /// Characters as `StoryWalk.words(in:)` does (for ASCII the same words).
    func appendNumbers(in text: Text, folding: Bool, lowercaseOnly: Bool, to numbers: inout [Int32]) {
        text.forEachLiteral { literal in
            if appendASCIINumbers(of: literal, folding: folding, lowercaseOnly: lowercaseOnly, to: &numbers) { return }
            let source = folding ? literal.lowercased() : literal
            for word in source.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" })
            where !lowercaseOnly || word.first?.isLowercase == true {
                if let number = number(of: String(word)) { numbers.append(number) }
            }
        }
    }

    /// `appendNumbers` of one literal when it is ASCII; false, with nothing appended, otherwise.
    func appendASCIINumbers(of literal: String, folding: Bool, lowercaseOnly: Bool, to numbers: inout [Int32]) -> Bool {
        var literal = literal
        let sieve = self.sieve
        return literal.withUTF8 { bytes in
            let base = numbers.count
            var index = 0
            let count = bytes.count
            // The gaps between words and each word in loops of their own: one byte at a time
            // with the word's start kept in a variable cost about a third more (docs/performance.md,
            // "Compile, seventeenth round").
            while index < count {
                let byte = bytes[index]
                guard Self.isWordByte(byte) else {
                    if byte >= 0x80 {
                        numbers.removeSubrange(base...)
                        return false
                    }
                    index += 1
                    continue
                }
                let start = index
                index += 1
                while index < count, Self.isWordByte(bytes[index]) { index += 1 }
                let first = bytes[start]
                if !lowercaseOnly || (first >= 0x61 && first <= 0x7A),
                   sieve[Self.sieveEntry(first)] & Self.sieveBit(index - start) != 0 {
                    // Hashed only now, as `mix` over the word's bytes; lowered when folding
                    // (for a letter, `-` and `'`, setting bit 5 lowers a capital and changes nothing else).
                    var hash = Self.seed
                    for position in start..<index {
                        hash = Self.mix(hash, folding ? bytes[position] | 0x20 : bytes[position])
                    }
                    if let number = number(hash: hash, of: bytes, start..<index, folding: folding) {
                        numbers.append(number)
                    }
                }
            }
            return true
        }
    }
}

extension Text {
    /// Calls `body` with each literal of `literals`, in the same order, without gathering them
    /// into an array.
    func forEachLiteral(_ body: (String) -> Void) {
        func visit(_ parts: [TextPart]) {
            for part in parts {
                switch part {
                case .literal(let literal): body(literal)
                case .conditional(_, let then, let otherwise): visit(then); visit(otherwise)
                }
            }
        }
        for paragraph in paragraphs { visit(paragraph) }
    }
}
