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
    ]

    @Test func bytesAndCharactersGiveTheSameText() {
        for text in Self.texts {
            #expect(TextRenderer.tidy(text) == TextRenderer.tidyCharacters(text), "\(text)")
        }
    }

    @Test func collapsesSpacesAndJoinsMarks() {
        #expect(TextRenderer.tidy("  The bridge  , blown .  ") == "The bridge, blown.")
        #expect(TextRenderer.tidy("Tak ‘ ,  so — ") == "Tak ‘, so —")
    }
}
