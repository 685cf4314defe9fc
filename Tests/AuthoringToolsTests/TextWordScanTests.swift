@testable import AuthoringTools
import Testing

/// The noun rules read the words of every text on its bytes (`WordNumbers.appendASCIINumbers`):
/// the words and numbers must be those of the definition here, for every placement of a word
/// among eight bytes, at the text's ends, longer than eight bytes, and for a text beyond ASCII
/// (refused, nothing appended, so it is read as Characters instead). Written for a reading eight
/// bytes at a time, tried and not kept (docs/performance.md, "Compile, twentieth round").
@Suite struct TextWordScanTests {
    static let table = WordNumbers(["gate", "key", "lamp", "it's", "well-known", "a", "extraordinarily", "twelveletter", "Lamp",
                                    "abcdefgh", "abcdefghi", "x"])

    /// The definition: runs of letters, `-` and `'`; a capitalised word left out with
    /// `lowercaseOnly`; lowered when `folding`; nil for a text with a byte beyond ASCII.
    static func expected(_ text: String, folding: Bool, lowercaseOnly: Bool) -> [Int32]? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var out: [Int32] = []
        var index = 0
        while index < bytes.count {
            guard WordNumbers.isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, WordNumbers.isWordByte(bytes[index]) { index += 1 }
            var word = Array(bytes[start..<index])
            if lowercaseOnly, !(word[0] >= 0x61 && word[0] <= 0x7A) { continue }
            if folding { word = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
            if let number = table.number(of: String(decoding: word, as: UTF8.self)) { out.append(number) }
        }
        return out
    }

    static func check(_ text: String) {
        for folding in [false, true] {
            for lowercaseOnly in [false, true] {
                var numbers: [Int32] = [99]
                let read = table.appendASCIINumbers(of: text, folding: folding, lowercaseOnly: lowercaseOnly, to: &numbers)
                if let want = expected(text, folding: folding, lowercaseOnly: lowercaseOnly) {
                    #expect(read, "\(text)")
                    #expect(numbers == [99] + want, "\(text) folding \(folding) lowercaseOnly \(lowercaseOnly)")
                } else {
                    #expect(!read, "\(text)")
                    #expect(numbers == [99], "\(text)")
                }
            }
        }
    }

    @Test func craftedTexts() {
        let texts = [
            "", " ", "gate", "Gate", "GATE", "gate.", ".gate", "a", "x", "a gate", "key key", "a key, a gate; a lamp!",
            "abcdefgh", "abcdefghi", "abcdefgh abcdefghi", " abcdefgh", "1234567gate", "1234567 gate", "123456 gate",
            "extraordinarily", "an extraordinarily long lamp", "twelveletter gate", "it's a well-known key",
            "it''s", "-gate-", "gate-", "'key'", "lamp\tlamp\nlamp", "gate\u{0}key", "Lamp lamp LAMP",
            "1234567890123456gate", "seven77 gate key lamp x a gate", "The iron gate is locked.",
            "café gate", "gate café", "gate key lamp gate key lamp gate key lamp é", "é", "naïve",
        ]
        for text in texts { Self.check(text) }
        // A word starting and ending at every offset among eight bytes.
        for before in 0..<17 {
            for after in 0..<10 {
                Self.check(String(repeating: ".", count: before) + "gate" + String(repeating: " ", count: after))
                Self.check(String(repeating: "z", count: before) + " key" + String(repeating: "!", count: after) + "lamp")
            }
        }
    }

    @Test func generatedTexts() {
        // A fixed generator: the same texts on every run.
        let alphabet = Array("gatekylmpGKL -'. ,;!zq\t0189xAa".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for round in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 48) { bytes.append(alphabet[next() % alphabet.count]) }
            var text = String(decoding: bytes, as: UTF8.self)
            if round % 10 == 0 { text.insert("é", at: text.index(text.startIndex, offsetBy: next() % (text.count + 1))) }
            Self.check(text)
        }
    }
}
