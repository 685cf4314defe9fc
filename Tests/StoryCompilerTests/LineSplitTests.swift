@testable import StoryCompiler
import Testing

/// The split of a file into lines (`String.lineEndsAndPlainASCII(marking:)`) gives the
/// lines and flags of their definition (docs/performance.md, "Compile, eighteenth round").
@Suite struct LineSplitTests {
    /// The lines and flags by the definition: split at each line feed; a line is plain when it
    /// is ASCII and has no carriage return but a last one.
    private static func expected(_ text: String) -> (ends: [Int], plainASCII: [Bool]) {
        let bytes = Array(text.utf8)
        var ends: [Int] = [], plain: [Bool] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            var line = bytes[start..<index]
            if line.last == 0x0D { line = line.dropLast() }
            ends.append(index)
            plain.append(!line.contains { $0 >= 0x80 || $0 == 0x0D })
            start = index + 1
        }
        return (ends, plain)
    }

    @Test func linesAndFlagsAreThoseOfTheDefinition() {
        var texts = ["", "\n", "\r", "\r\n", "\n\n\n", "abc", "abcdefgh", "abcdefgh\n", "abcdefg\n", "abcdefghi\r\n",
                     "1234567\r\n1234567\r\n", "\r\r\n", "a\rb\n", "Grüße\nplain\n", "é", "12345678é\n12345678\r",
                     "\n\n\n\n\n\n\n\n\n", "ab\ncd\nef\ngh\nij\n", "\r\n\r\n\r\n\r\n\r\n"]
        // Deterministic runs of the bytes that matter, across every position in a chunk.
        let pieces = ["a", "b", " ", "\n", "\r", "\r\n", "é", "xy", "\u{301}"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<400 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 58)
            for _ in 0..<length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            texts.append(text)
        }
        for text in texts {
            let found = text.lineEndsAndPlainASCII(marking: true)
            let wanted = Self.expected(text)
            #expect(found.ends == wanted.ends, "\(Array(text.utf8))")
            #expect(found.plainASCII == wanted.plainASCII, "\(Array(text.utf8))")
            #expect(text.lineEndsAndPlainASCII(marking: false).ends == wanted.ends)
        }
    }
}
