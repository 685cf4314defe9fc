import StoryModel

/// The words of the instruction lines one parser has read, each kept once and numbered in the
/// order first met: a token carries its word's number, not a `String` of its own, and the
/// `String` of a word is made once however often the word is written (ids, keywords, directions).
///
/// Looked up on the word's bytes, lowercased as they are hashed and compared, in an open
/// addressing table, so reading a word makes no `String` and hashes no `String`.
///
/// Its tables are read for every word of every instruction line, so their accesses are not
/// checked for exclusivity at run time (`@exclusivity(unchecked)`: a check cost about 60
/// instructions, several per word); no access to them overlaps another, as each method reads or
/// changes them and returns.
final class WordTable {
    /// Each word's text, lowercased, by number.
    @exclusivity(unchecked) private(set) var spellings: [String] = []
    /// The lowercased bytes of every word, eight to a chunk (the first byte lowest), each word's
    /// last chunk filled up with zero bytes; the words end to end.
    @exclusivity(unchecked) private var chunks: [UInt64] = []
    /// Where each word's chunks start in `chunks`.
    @exclusivity(unchecked) private var chunkStarts: [Int] = []
    /// Each word's length in bytes.
    @exclusivity(unchecked) private var lengths: [Int32] = []
    /// Each word's hash.
    @exclusivity(unchecked) private var hashes: [UInt32] = []
    /// Word number + 1 in each slot, 0 when empty; a power of two long.
    @exclusivity(unchecked) private var slots: [Int32] = Array(repeating: 0, count: 256)
    /// The content of each quoted text whose content is not its bytes as written (an escape, a
    /// curly quote mark), kept by the lexer for its token (`Token.value`); not interned.
    @exclusivity(unchecked) private(set) var texts: [String] = []

    /// The direction each word names, for the words asked about so far (`directionKnown`).
    @exclusivity(unchecked) private var directions: [Direction?] = []
    @exclusivity(unchecked) private var directionKnown: [Bool] = []

    /// Keeps a quoted text's content; returns its number in `texts`.
    func keep(_ text: String) -> Int32 {
        texts.append(text)
        return Int32(texts.count - 1)
    }

    /// The content kept as `number`.
    @inline(__always)
    func text(_ number: Int32) -> String { texts[Int(number)] }

    init() {
        chunks.reserveCapacity(512)
    }

    /// The direction word `number` names (`Direction(word:)`), looked up once per word.
    func direction(_ number: Int32) -> Direction? {
        let index = Int(number)
        if directionKnown.count <= index {
            let more = spellings.count - directionKnown.count
            directionKnown += repeatElement(false, count: more)
            directions += repeatElement(Direction?.none, count: more)
        }
        if !directionKnown[index] {
            directions[index] = Direction(word: spellings[index])
            directionKnown[index] = true
        }
        return directions[index]
    }

    /// How many words it holds.
    var count: Int { spellings.count }

    /// The text of word `number`.
    @inline(__always)
    func spelling(_ number: Int32) -> String { spellings[Int(number)] }

    /// Whether word `number` is `word` (lowercase).
    @inline(__always)
    func word(_ number: Int32, is word: String) -> Bool {
        let spelling = spellings[Int(number)]
        return spelling.utf8.count == word.utf8.count && spelling == word
    }

    /// The number of the word in these bytes, lowercasing ASCII capitals, added if new.
    ///
    /// The word is hashed and compared eight bytes at a time, lowercased eight at a time
    /// (`loweredChunk`): byte by byte, the hash and the comparison were some 170 of the 260
    /// instructions a look-up took (docs/performance.md, "Compile, fifteenth round").
    func number(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let count = word.count
        // The first chunk, nearly the whole word, made once for the hash and the comparisons.
        let first = Self.loweredChunk(word, from: 0)
        var mixed = ((0xCBF2_9CE4_8422_2325 ^ UInt64(count)) ^ first) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 31
        var index = 8
        while index < count {
            mixed = (mixed ^ Self.loweredChunk(word, from: index)) &* 0x9E37_79B9_7F4A_7C15
            mixed ^= mixed >> 31
            index += 8
        }
        let hash = UInt32(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> 32)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let number = Int(entry - 1)
            if hashes[number] == hash, matches(number, word, first: first) { return entry - 1 }
            slot = (slot + 1) & mask
        }
        let number = Int32(spellings.count)
        chunkStarts.append(chunks.count)
        lengths.append(Int32(truncatingIfNeeded: count))
        index = 0
        while index < count {
            chunks.append(Self.loweredChunk(word, from: index))
            index += 8
        }
        hashes.append(hash)
        spellings.append(String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count { buffer[index] = Self.lowered(word[index]) }
            return count
        })
        slots[slot] = number + 1
        if spellings.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of a word given as a `String` (already lowercased, as the lexer's slow path makes it).
    func number(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { number(of: $0) }
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether word `number` is these bytes, whose first chunk is `first`.
    @inline(__always)
    private func matches(_ number: Int, _ word: UnsafeBufferPointer<UInt8>, first: UInt64) -> Bool {
        guard Int(lengths[number]) == word.count else { return false }
        var chunk = chunkStarts[number]
        guard chunks[chunk] == first else { return false }
        chunk += 1
        var index = 8
        while index < word.count {
            if chunks[chunk] != Self.loweredChunk(word, from: index) { return false }
            chunk += 1
            index += 8
        }
        return true
    }

    /// The bytes of `word` from `start` on, at most eight of them, as one number (the first
    /// byte lowest, missing bytes zero), with ASCII capitals lowercased.
    @inline(__always)
    static func loweredChunk(_ word: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        guard start < word.count, let base = word.baseAddress else { return 0 }
        var value: UInt64 = 0
        if start + 8 <= word.count {
            value = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        } else {
            // The last few bytes, read through the pointer: `start..<word.count` is inside.
            var shift: UInt64 = 0
            for index in start..<word.count {
                value |= UInt64(base[index]) << shift
                shift += 8
            }
        }
        return lowered(chunk: value)
    }

    /// Eight bytes with each ASCII capital (0x41...0x5A) lowercased and every other byte kept,
    /// all at once: a byte's low seven bits are compared with both ends of the range by adding
    /// to them (no carry reaches the next byte), and a byte with its top bit set is no capital.
    @inline(__always)
    static func lowered(chunk value: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops = ones &* 0x80
        let low = value & ~tops
        let atLeastA = (low &+ ones &* (0x80 - 0x41)) & tops
        let pastZ = (low &+ ones &* (0x80 - 0x5B)) & tops
        let capitals = atLeastA & ~pastZ & ~value & tops
        return value | (capitals >> 2)
    }

    private func grow() {
        slots = StringNumbers.slots(for: hashes, count: slots.count * 2)
    }
}
