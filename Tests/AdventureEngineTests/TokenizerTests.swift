import CommandParser
import Testing

@Suite struct TokenizerTests {
    @Test func splitsCommandsOnThenAndPunctuation() {
        #expect(Tokenizer.commands(in: "Take the Green Flare, then go north.") == [["take", "the", "green", "flare"], ["go", "north"]])
        #expect(Tokenizer.commands(in: "n. e; s then w") == [["n"], ["e"], ["s"], ["w"]])
    }

    @Test func dropsPunctuationKeepsInnerHyphensAndApostrophes() {
        #expect(Tokenizer.commands(in: "  x   the half-track's  \"wheel\"!! ") == [["x", "the", "half-track's", "wheel"]])
        #expect(Tokenizer.commands(in: "ask him about 'the river'") == [["ask", "him", "about", "the", "river"]])
    }

    @Test func emptyAndSymbolOnlyInputGiveNoCommands() {
        #expect(Tokenizer.commands(in: "").isEmpty)
        #expect(Tokenizer.commands(in: " ... ,,, ").isEmpty)
    }

    @Test func keepsCyrillicWords() {
        #expect(Tokenizer.commands(in: "Спросить Гордеева") == [["спросить", "гордеева"]])
    }
}
