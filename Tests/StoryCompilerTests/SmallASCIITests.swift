import StoryModel
import Testing

/// `SmallASCII`: a short ASCII string made in place is the very string `String(decoding:as:)`
/// makes of the same bytes (equal, hashing alike, its bytes and count the same), and anything it
/// cannot make so (empty, longer than 15 bytes, a byte of 0x80 or more) is left to decoding, so a
/// story read from its compiled form has the same names and words as one compiled from source.
@Suite struct SmallASCIITests {
    @Test func shortASCIIStringsAreTheDecodedStrings() {
        guard SmallASCII.layoutIsKnown else { return }
        let samples = ["a", "ok", "take", "binela", "12345678", "123456789", "iron gate", "Hello, World!", "fifteen bytes!!",
                       "x\u{0}y", "~`|{}",
                       "0123456789", "01234567890", "012345678901", "0123456789012", "01234567890123", "1234567"]
        for sample in samples {
            let bytes = Array(sample.utf8)
            let made = bytes.withUnsafeBufferPointer { SmallASCII.string($0) }
            #expect(made == sample, "\(sample)")
            #expect(made?.hashValue == sample.hashValue && made?.utf8.count == bytes.count && made.map { Array($0.utf8) } == bytes)
            #expect(made.map { $0 + "!" } == sample + "!")
        }
    }

    @Test func otherBytesAreLeftToDecoding() {
        for bytes in [[UInt8](), Array("sixteen bytes!!!".utf8), Array("café".utf8), [0x80], [0xFF, 0x41], Array("naïve word".utf8),
                      Array("abcdefghé".utf8), Array("abcdefgh".utf8) + [0x80]] {
            #expect(bytes.withUnsafeBufferPointer { SmallASCII.string($0) } == nil, "\(bytes)")
        }
    }
}
