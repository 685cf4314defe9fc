@testable import StoryCompiler
import StoryModel
import Testing

/// The first and last bytes of a line's content, kept where `LineReader` cuts the line
/// (`Line.firstASCIIByte`, `Line.lastASCIIByte`), are those read from its text: the sentence
/// checks and the prose line's checks decide on them (docs/performance.md, "Compile, nineteenth round").
@Suite struct LineEdgeBytesTests {
    /// Every line of a text's outline, roots and the lines under them.
    private static func lines(of text: String) -> [Line] {
        var reader = LineReader(file: SourceFileName("edges.story"))
        let split = text.lineEndsAndPlainASCII(marking: true)
        var all: [Line] = []
        func visit(_ line: Line) {
            all.append(line)
            line.children.forEach(visit)
        }
        reader.read(lineEnds: split.ends, plainASCII: split.plainASCII, of: text) { visit($0) }
        return all
    }

    @Test func edgeBytesAreThoseOfTheText() {
        var texts = ["a", "A.", "  x,\n  y\r\n", "\\b\n", "é\n", "aé\n", "éa\n", "a\u{301}\n", "\u{301}a\n",
                     "thing x\n  Text é\n  \"quoted\"\r\n\tTab\n", "a\r\n\r\n", "x\ry\n", "# c\n  z \n"]
        // Deterministic lines of the bytes that matter at either end.
        let pieces = ["a", "Z", ".", " ", "\t", "\n", "\r", "\r\n", "é", "\u{301}", "\\", "\"", "  "]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<400 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 59) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            texts.append(text)
        }
        var decided = 0
        for text in texts {
            for line in Self.lines(of: text) {
                #expect(line.lastASCIIByte == Parser.lastASCIIByte(of: line.text), "\(Array(text.utf8)): \(Array(line.text.utf8))")
                if let head = line.firstASCIIByte {
                    decided += 1
                    #expect(head == line.text.utf8.first, "\(Array(text.utf8)): \(Array(line.text.utf8))")
                } else if line.isPlainASCII {
                    Issue.record("a plain line's first byte was not kept: \(Array(line.text.utf8))")
                }
            }
        }
        #expect(decided > 100)
    }
}
