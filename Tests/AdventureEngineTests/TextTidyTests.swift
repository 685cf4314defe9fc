@testable import AdventureEngine
import Testing

/// Rendered paragraphs are tidied on their bytes when that is safe, one Character at a time
/// otherwise; both must give the same text.
@Suite struct TextTidyTests {
    static let texts = [
        "", " ", "   ", "plain", "  two  spaces  ,  then a mark .", "A , b ; c : d ! e ? f .", "Ends with a space ",
        "Curly ‘quotes’ , dashes — and … ellipses .", "Cyrillic Спасибо , товарищ !", "Café , naïve .",
        "e\u{301} , combining accent after a space: \u{301}x", "a ,\u{301} mark joined by an accent",
        "joiner \u{200D} here", "emoji 👍🏽 , flag 🇺🇸 .", "tab\tand\r\nline , feed", "x \u{0600} prepended . y",
        "Already tidy, as most replies are.", ". A leading mark", "a ,b", "a b ", " a b", "a  b", "x\ny",
        "sit down. ... Don't ride", "so ... on .", "Café ... naïve", "end .."
    ]

    @Test func bytesAndCharactersGiveTheSameText() {
        for text in Self.texts {
            #expect(TextRenderer.tidy(text) == TextRenderer.tidyCharacters(text), "\(text)")
        }
    }

    /// `isTidy`, which looks only after the spaces it finds eight bytes at a time, answers as a
    /// look at every byte in turn: texts with the untidy pair on each side of every eight bytes.
    @Test func tidyTextIsFoundAsByteByByte() {
        func byteByByte(_ bytes: [UInt8]) -> Bool {
            guard let first = bytes.first, let last = bytes.last else { return true }
            if first == 0x20 || last == 0x20 { return false }
            for index in bytes.indices.dropLast() where bytes[index] == 0x20 {
                let ellipsis = index + 2 < bytes.count && bytes[index + 1] == 0x2E && bytes[index + 2] == 0x2E
                if bytes[index + 1] == 0x20 || (TidyMarks.isMark(bytes[index + 1]) && !ellipsis) { return false }
            }
            return true
        }
        var texts = Self.texts
        let base = "The bridge is blown and the river runs high"
        for position in 1..<(base.utf8.count - 1) {
            for inserted in ["  ", " ,", " .", " ;", " :", " !", " ?", ", ", "x ", " ...", " ..", "... "] {
                var bytes = Array(base.utf8)
                bytes.insert(contentsOf: inserted.utf8, at: position)
                texts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { TextRenderer.isTidy($0) } == byteByByte(bytes), "\(text)")
        }
    }

    @Test func collapsesSpacesAndJoinsMarks() {
        #expect(TextRenderer.tidy("  The bridge  , blown .  ") == "The bridge, blown.")
        #expect(TextRenderer.tidy("Tak ‘ ,  so — ") == "Tak ‘, so —")
    }

    /// A blind author's leaflet, "sit down. ... Don't ride", was shown "sit down.... Don't ride"
    /// (session 36): an ellipsis keeps the space before it; a lone full stop does not.
    @Test func anEllipsisKeepsTheSpaceBeforeIt() {
        #expect(TextRenderer.tidy("sit down. ... Don't ride") == "sit down. ... Don't ride")
        #expect(TextRenderer.tidy("And so ... on  .") == "And so ... on.")
    }
}
