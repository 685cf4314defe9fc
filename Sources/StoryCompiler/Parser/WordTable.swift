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
    /// The lowercased bytes of every word, end to end.
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    /// Where each word's bytes start in `bytes`; one more entry than words, so word `n` ends
    /// where `n + 1` starts.
    @exclusivity(unchecked) private var starts: [Int] = [0]
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
        bytes.reserveCapacity(4096)
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
    func number(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(Self.lowered(byte))) &* 16_777_619 }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let number = Int(entry - 1)
            if hashes[number] == hash, matches(number, word) { return entry - 1 }
            slot = (slot + 1) & mask
        }
        let number = Int32(spellings.count)
        let start = bytes.count
        for byte in word { bytes.append(Self.lowered(byte)) }
        starts.append(bytes.count)
        hashes.append(hash)
        spellings.append(bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self)
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

    private func matches(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == word.count else { return false }
        for index in 0..<word.count where bytes[start + index] != Self.lowered(word[index]) { return false }
        return true
    }

    private func grow() {
        var slots = [Int32](repeating: 0, count: self.slots.count * 2)
        let mask = slots.count - 1
        for number in hashes.indices {
            var slot = Int(hashes[number]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
        self.slots = slots
    }
}
