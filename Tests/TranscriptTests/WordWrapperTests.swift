import OutputRendering
import Testing
import TerminalFrontEnd

/// Replies are wrapped on their bytes when every space stands alone, and typed lines of printable
/// ASCII are taken as they are: both must give exactly what the Character-by-Character code gives.
@Suite struct WordWrapperTests {
    static let texts = [
        "", " ", "   ", "plain", "  two  spaces  between  words  ", "A word that is much longer than the width: Abcdefghijklmnopqrstuvwxyz.",
        "Curly ‘quotes’, dashes — and … ellipses, and a line long enough to be wrapped at least once or twice.",
        "Cyrillic Спасибо, товарищ! Гордеев говорит: «Мы встретились на Эльбе», и все смеются вместе с ним.",
        "Café, naïve, Strehla an der Elbe, Kühren und Torgau — April 1945, Döbeln, Wurzen.",
        "e\u{301} combining accent after a space: \u{301}x and more words to wrap it over the line",
        "joiner \u{200D} here", "emoji 👍🏽 and a flag 🇺🇸 in a sentence long enough to need wrapping at twenty.",
        "tab\tand\r\nline feed", "x \u{0600} prepended y",
        "Taken.", "Ten chars.", "Eleven char", "a b", "x\ny", "Gone west. ", " Gone west.", "Gone  west.",
    ]

    @Test func bytesAndCharactersWrapAlike() {
        for width in [10, 20, 33, 80] {
            let wrapper = WordWrapper(width: width)
            for text in Self.texts {
                for indent in ["", "   ", "é "] {
                    #expect(wrapper.wrapped(text, indent: indent) == wrapper.lines(text, indent: indent).joined(separator: "\n"),
                            "\(width) \(text)")
                }
            }
        }
    }

    @Test func wrapsAtTheWidth() {
        #expect(WordWrapper(width: 12).wrapped("The iron gate is locked.") == "The iron\ngate is\nlocked.")
        #expect(WordWrapper(width: 12).wrapped("The iron gate", indent: "  ") == "  The iron\n  gate")
    }

    @Test func printableLinesAreKeptAsTyped() {
        #expect(TypedInput.clean("take the lamp") == "take the lamp")
        #expect(TypedInput.clean("take\tlamp\u{1B}[D") == "take lamp")
        #expect(TypedInput.clean(String(repeating: "a", count: 1_200)).count == TypedInput.maximumLength)
        #expect("x lamp".withoutControlCharacters == "x lamp")
    }
}
